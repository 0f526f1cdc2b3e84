using System.Globalization;
using System.Text.RegularExpressions;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Type;

namespace Customs.ServiceDefaults;

/// <summary>
/// The suite's values on the wire and at the edge, once for every service: quantities, weights and rates as
/// <c>google.type.Decimal</c>, money as <c>google.type.Money</c>, legal dates as <c>google.type.Date</c>, instants as
/// <c>Timestamp</c>. Never through double. <see cref="Check"/> is what <see cref="WireRules"/> holds every request to.
/// </summary>
public static partial class WireValues
{
    /// <summary>numeric(18, 2) and numeric(18, 3) columns hold up to 15 whole digits.</summary>
    public const long MaxUnits = 999_999_999_999_999;

    public const int MaxDecimalLength = 40;

    private const decimal NanosPerUnit = 1_000_000_000m;

    public static bool IsWellKnown(IMessage message) => message is Date or Money or Google.Type.Decimal or Timestamp;

    /// <summary>What is wrong with a value of one of the suite's value types, or null (also for other messages).</summary>
    public static string? Check(IMessage message) => message switch
    {
        Date date when ToDateOnlyOrNull(date) is null => "is not a valid calendar date (a whole date, years 1 to 9999)",
        Money money when !CurrencyCode().IsMatch(money.CurrencyCode) => "needs an ISO 4217 currency_code (3 capital letters)",
        Money money when !IsWellFormed(money.Units, money.Nanos) =>
            $"must have |units| at most {MaxUnits:N0}, nanos within ±999,999,999 and of the same sign as units",
        Google.Type.Decimal value when !TryParse(value, out _) =>
            $"is not a decimal in plain notation (at most {MaxDecimalLength} characters, below 10^15 in magnitude)",
        _ => null,
    };

    public static bool IsWellFormed(long units, int nanos) =>
        units is >= -MaxUnits and <= MaxUnits && nanos is > -1_000_000_000 and < 1_000_000_000
        && !(units > 0 && nanos < 0) && !(units < 0 && nanos > 0);

    public static bool TryParse(Google.Type.Decimal value, out decimal result)
    {
        result = 0;
        return value.Value.Length is > 0 and <= MaxDecimalLength && PlainDecimal().IsMatch(value.Value)
            && decimal.TryParse(value.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out result)
            && Math.Abs(result) <= MaxUnits + 0.999999999m;
    }

    /// <summary>A decimal the request checks let through; zero when absent.</summary>
    public static decimal ToDecimal(this Google.Type.Decimal? value) => value is not null && TryParse(value, out var d) ? d : 0;

    public static decimal? ToDecimalOrNull(this Google.Type.Decimal? value) => value is not null && TryParse(value, out var d) ? d : null;

    public static Google.Type.Decimal ToWireDecimal(this decimal value) => new() { Value = value.ToString(CultureInfo.InvariantCulture) };

    public static decimal ToDecimal(this Money money) => money.Units + money.Nanos / NanosPerUnit;

    public static Money ToMoney(this decimal value, string currency)
    {
        var units = decimal.Truncate(value);
        return new Money { CurrencyCode = currency, Units = (long)units, Nanos = (int)decimal.Round((value - units) * NanosPerUnit) };
    }

    public static DateOnly? ToDateOnlyOrNull(this Date? date)
    {
        if (date is not { Year: >= 1 and <= 9999, Month: >= 1 and <= 12, Day: >= 1 })
        {
            return null;
        }

        return date.Day <= System.DateTime.DaysInMonth(date.Year, date.Month) ? new DateOnly(date.Year, date.Month, date.Day) : null;
    }

    public static Date ToDate(this DateOnly date) => new() { Year = date.Year, Month = date.Month, Day = date.Day };

    public static Date? ToDate(this DateOnly? date) => date?.ToDate();

    public static Timestamp ToTimestamp(this DateTimeOffset instant) => Timestamp.FromDateTimeOffset(instant);

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();

    [GeneratedRegex(@"^[+-]?[0-9]+(\.[0-9]+)?$")]
    private static partial Regex PlainDecimal();
}
