using System.Globalization;

namespace Customs.Demo;

/// <summary>google.type.Money to and from decimal (units and nanos, never floating point).</summary>
public static class Money
{
    public static decimal ToDecimal(Google.Type.Money? money) => money is null ? 0m : money.Units + money.Nanos / 1_000_000_000m;

    public static Google.Type.Money Rub(decimal amount) => new()
    {
        CurrencyCode = "RUB", Units = (long)decimal.Truncate(amount), Nanos = (int)((amount - decimal.Truncate(amount)) * 1_000_000_000m),
    };

    public static Google.Type.Decimal Dec(decimal value) => new() { Value = value.ToString(CultureInfo.InvariantCulture) };
}
