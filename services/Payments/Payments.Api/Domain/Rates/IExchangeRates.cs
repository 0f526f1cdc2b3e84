namespace Customs.Payments.Api.Domain.Rates;

/// <summary>The central bank's rates in force on one day (Art. 326), for the currencies an assessment needs.</summary>
public interface IExchangeRates
{
    DateOnly On { get; }

    /// <summary>The rate of <paramref name="currency"/>, or null when none is in force.</summary>
    ExchangeRate? Find(string currency);

    /// <summary>The rate of <paramref name="currency"/>; refused (EXCHANGE_RATE_NOT_SET) when none is in force.</summary>
    ExchangeRate Of(string currency);
}
