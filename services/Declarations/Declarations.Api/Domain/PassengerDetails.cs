namespace Customs.Declarations.Api.Domain;

/// <summary>What a passenger declares besides goods items (memo's list, cases 2, 3, 6 and 14).</summary>
/// <param name="DateOfBirth">For the age of 18 of the alcohol and tobacco allowances (memo, duty-free 2 and 3); optional.</param>
public sealed record PassengerDetails(
    decimal CashAmount,
    string? CashCurrency,
    bool CarriesMonetaryInstruments,
    bool HasUnaccompaniedLuggage,
    DateOnly? DateOfBirth = null)
{
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
