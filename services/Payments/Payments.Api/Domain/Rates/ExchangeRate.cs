namespace Customs.Payments.Api.Domain.Rates;

/// <summary>A central bank rate as published: <see cref="Value"/> roubles for <see cref="Nominal"/> units, set for <see cref="SetOn"/>.</summary>
public sealed record ExchangeRate(string Currency, DateOnly SetOn, int Nominal, decimal Value)
{
    /// <summary>Roubles for one unit, unrounded: amounts are converted first and rounded once, to kopecks.</summary>
    public decimal PerUnit => Nominal == 1 ? Value : Value / Nominal;

    public static ExchangeRate Rouble(DateOnly on) => new("RUB", on, 1, 1m);
}
