using Google.Protobuf.WellKnownTypes;
using Google.Type;
using Customs.Declarations.V1;

namespace Customs.Declarations.Api.Grpc;

/// <summary>Decimals, money and dates at the edge: never through double.</summary>
internal static class ProtoValues
{
    private const decimal NanosPerUnit = 1_000_000_000m;

    public static decimal ToDecimal(this DecimalValue value) => value.Units + value.Nanos / NanosPerUnit;

    public static decimal ToDecimal(this Money money) => money.Units + money.Nanos / NanosPerUnit;

    public static DecimalValue ToDecimalValue(this decimal value)
    {
        var units = decimal.Truncate(value);
        return new DecimalValue { Units = (long)units, Nanos = (int)decimal.Round((value - units) * NanosPerUnit) };
    }

    public static Money ToMoney(this decimal value, string currency)
    {
        var units = decimal.Truncate(value);
        return new Money { CurrencyCode = currency, Units = (long)units, Nanos = (int)decimal.Round((value - units) * NanosPerUnit) };
    }

    /// <summary>Units and nanos must agree in sign, and nanos stay within ±999,999,999.</summary>
    public static bool IsWellFormed(long units, int nanos) =>
        nanos is > -1_000_000_000 and < 1_000_000_000 && !(units > 0 && nanos < 0) && !(units < 0 && nanos > 0);

    public static DateOnly? ToDateOnly(this Date? date) =>
        date is { Year: > 0, Month: > 0, Day: > 0 } && date.Month <= 12 && date.Day <= System.DateTime.DaysInMonth(date.Year, date.Month)
            ? new DateOnly(date.Year, date.Month, date.Day)
            : null;

    public static Date ToDate(this DateOnly date) => new() { Year = date.Year, Month = date.Month, Day = date.Day };

    public static Date? ToDate(this DateOnly? date) => date?.ToDate();

    public static Timestamp ToTimestamp(this DateTimeOffset instant) => Timestamp.FromDateTimeOffset(instant);
}
