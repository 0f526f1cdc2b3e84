using Customs.ServiceDefaults;

namespace Customs.Payments.Api.Domain.Rates;

/// <summary>The rates an assessment was made with: read once for the acceptance date and kept with the assessment.</summary>
public sealed class RateTable(DateOnly on, IEnumerable<ExchangeRate> rates) : IExchangeRates
{
    private readonly Dictionary<string, ExchangeRate> _rates = rates.ToDictionary(r => r.Currency);

    public DateOnly On { get; } = on;

    public IReadOnlyCollection<ExchangeRate> Rates => _rates.Values;

    public ExchangeRate? Find(string currency) =>
        currency == "RUB" ? ExchangeRate.Rouble(On) : _rates.GetValueOrDefault(currency);

    public ExchangeRate Of(string currency) =>
        Find(currency) ?? throw new RuleViolationException(PaymentErrors.ExchangeRateNotSet,
            $"The central bank's rate of {currency} in force on {On:yyyy-MM-dd} is not loaded.", "Art. 326");
}
