namespace Customs.Declarations.Api.Domain.PersonalUse;

/// <summary>Official exchange rates for customs purposes, of a given day (Art. 326).</summary>
public interface IExchangeRates
{
    /// <summary>The amount in <paramref name="to"/> at the rates of <paramref name="on"/>; not converted when that day has no rate.</summary>
    CurrencyConversion Convert(decimal amount, string from, string to, DateOnly on);
}
