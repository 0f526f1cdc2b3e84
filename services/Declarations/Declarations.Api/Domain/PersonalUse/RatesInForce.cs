namespace Customs.Declarations.Api.Domain.PersonalUse;

/// <summary>
/// The central bank rates in force on one day (Art. 326), as the Payments service answered them: each the last the Bank
/// set on or before the day (a rate stays in force until the next one is set). A currency without one is not converted.
/// </summary>
public sealed class RatesInForce(DateOnly on, IEnumerable<CentralBankRate> rates) : IExchangeRates
{
    public const string Source = "Central Bank of Russia (Payments service)";

    private readonly Dictionary<string, CentralBankRate> _rates = rates.ToDictionary(r => r.Currency);

    public DateOnly On { get; } = on;

    public IReadOnlyCollection<CentralBankRate> Rates => _rates.Values;

    public CurrencyConversion Convert(decimal amount, string from, string to, DateOnly on)
    {
        var conversion = new CurrencyConversion { Amount = amount, From = from, To = to, RateNeededOn = on };
        if (on != On || Find(from) is not { } fromRate || Find(to) is not { } toRate)
        {
            return conversion;
        }

        // The day of the rate used: the later of the two set-on days (the rouble's is the day itself).
        var rateDate = fromRate.SetOn > toRate.SetOn ? fromRate.SetOn : toRate.SetOn;
        return conversion with { Converted = amount * fromRate.RublesPerUnit / toRate.RublesPerUnit, RateDate = rateDate, RateSource = Source };
    }

    private CentralBankRate? Find(string currency) =>
        currency == "RUB" ? new CentralBankRate("RUB", 1m, DateOnly.MinValue) : _rates.GetValueOrDefault(currency);
}
