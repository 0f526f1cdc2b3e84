namespace Customs.Declarations.Api.Domain;

/// <summary>What a passenger declares besides goods items (memo's list, cases 2, 3, 6 and 14).</summary>
/// <param name="DateOfBirth">For the age of 18 of the alcohol and tobacco allowances (memo, duty-free 2 and 3); optional.</param>
/// <param name="MoreCash">Cash in further currencies, one entry per currency, besides <paramref name="CashAmount"/>.</param>
public sealed record PassengerDetails(
    decimal CashAmount,
    string? CashCurrency,
    bool CarriesMonetaryInstruments,
    bool HasUnaccompaniedLuggage,
    DateOnly? DateOfBirth = null,
    IReadOnlyList<CashCarried>? MoreCash = null)
{
    /// <summary>Every currency of cash carried: the memo's case 2 judges their total.</summary>
    public IReadOnlyList<CashCarried> AllCash =>
        [.. CashAmount > 0 && CashCurrency is { } currency ? [new CashCarried(CashAmount, currency)] : Array.Empty<CashCarried>(), .. MoreCash ?? []];

    /// <summary>Full years of age on <paramref name="day"/>, when the date of birth is known.</summary>
    public int? AgeOn(DateOnly day)
    {
        if (DateOfBirth is not { } born)
        {
            return null;
        }

        var age = day.Year - born.Year;
        return born.AddYears(age) > day ? age - 1 : age;
    }
}
