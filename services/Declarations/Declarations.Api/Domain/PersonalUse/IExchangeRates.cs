namespace Customs.Declarations.Api.Domain.PersonalUse;

/// <summary>Official exchange rates for customs purposes, on a given day (Art. 326).</summary>
public interface IExchangeRates
{
    /// <summary>The amount in <paramref name="to"/>, or null when a rate is unknown for that day.</summary>
    decimal? Convert(decimal amount, string from, string to, DateOnly on);
}
