using System.Globalization;
using Customs.BuildingBlocks.Amounts;

namespace Customs.IpRegister.Api.Domain;

/// <summary>
/// An amount in one currency (ISO 4217), kept exactly as given: an amount with more than two decimals is not rounded
/// (<see cref="MinorUnits"/>) but refused where it is input; computed amounts are rounded to the minor unit explicitly.
/// </summary>
public readonly record struct Money
{
    public Money(decimal amount, string currency)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        Amount = amount;
        Currency = currency.ToUpperInvariant();
    }

    public decimal Amount { get; }

    public string Currency { get; }

    /// <summary>The amount is whole kopecks (fen, cents).</summary>
    public bool IsInMinorUnits => MinorUnits.Fits(Amount);

    public static Money Rub(decimal amount) => new(amount, "RUB");

    public static Money Cny(decimal amount) => new(amount, "CNY");

    /// <summary>A share of the amount, rounded to the minor unit away from zero.</summary>
    public Money Times(decimal factor) => new(MinorUnits.Round(Amount * factor), Currency);

    public bool IsAtLeast(Money other) => Currency == other.Currency && Amount >= other.Amount;

    public override string ToString() =>
        $"{Amount.ToString(IsInMinorUnits ? "0.00" : "0.##########", CultureInfo.InvariantCulture)} {Currency}";
}
