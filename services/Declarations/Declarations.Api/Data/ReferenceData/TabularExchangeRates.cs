using Customs.Declarations.Api.Domain.PersonalUse;

namespace Customs.Declarations.Api.Data.ReferenceData;

/// <summary>
/// Exchange rates from a table of roubles per unit, one row per day. Art. 326 takes the rate of the acceptance day,
/// so a day without a row has no rate: the rate of an earlier day is never carried forward.
/// </summary>
public sealed class TabularExchangeRates(string source, IEnumerable<(DateOnly Date, IReadOnlyDictionary<string, decimal> RubPerUnit)> days) : IExchangeRates
{
    private readonly Dictionary<DateOnly, IReadOnlyDictionary<string, decimal>> _days = days.ToDictionary(d => d.Date, d => d.RubPerUnit);

    public string Source { get; } = source;

    public CurrencyConversion Convert(decimal amount, string from, string to, DateOnly on)
    {
        var conversion = new CurrencyConversion { Amount = amount, From = from, To = to, RateNeededOn = on };
        if (!_days.TryGetValue(on, out var rates) || !Rate(rates, from, out var fromRate) || !Rate(rates, to, out var toRate))
        {
            return conversion;
        }

        return conversion with { Converted = amount * fromRate / toRate, RateDate = on, RateSource = Source };
    }

    private static bool Rate(IReadOnlyDictionary<string, decimal> rates, string currency, out decimal rubPerUnit)
    {
        if (currency == "RUB")
        {
            rubPerUnit = 1;
            return true;
        }

        return rates.TryGetValue(currency, out rubPerUnit);
    }
}
