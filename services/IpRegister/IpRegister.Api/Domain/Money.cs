namespace Customs.IpRegister.Api.Domain;

/// <summary>An amount in one currency (ISO 4217), rounded to the minor unit (kopecks, fen) away from zero.</summary>
public readonly record struct Money
{
    public Money(decimal amount, string currency)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        Amount = decimal.Round(amount, 2, MidpointRounding.AwayFromZero);
        Currency = currency.ToUpperInvariant();
    }

    public decimal Amount { get; }

    public string Currency { get; }

    public static Money Rub(decimal amount) => new(amount, "RUB");

    public static Money Cny(decimal amount) => new(amount, "CNY");

    public Money Times(decimal factor) => new(Amount * factor, Currency);

    public bool IsAtLeast(Money other) => Currency == other.Currency && Amount >= other.Amount;

    public override string ToString() => $"{Amount:0.00} {Currency}";
}
