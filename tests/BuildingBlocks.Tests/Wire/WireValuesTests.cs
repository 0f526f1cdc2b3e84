using System.Globalization;
using Customs.ServiceDefaults;
using Google.Type;

namespace Customs.BuildingBlocks.Tests.Wire;

/// <summary>Figures and dates at the API's edge: decimals never pass through double; out-of-range values are refused.</summary>
public sealed class WireValuesTests
{
    [Theory]
    [InlineData("65.5")]
    [InlineData("0.000000001")]
    [InlineData("-12.75")]
    [InlineData("123456789.123456789")]
    public void A_decimal_survives_the_trip_through_the_wire(string text)
    {
        var value = decimal.Parse(text, CultureInfo.InvariantCulture);

        Assert.Equal(value, value.ToWireDecimal().ToDecimal());
        Assert.Equal(value, value.ToMoney("EUR").ToDecimal());
    }

    [Theory]
    [InlineData("1e5")]
    [InlineData("12,5")]
    [InlineData("")]
    [InlineData("1000000000000000")]
    [InlineData("NaN")]
    [InlineData(" 1")]
    public void A_decimal_outside_plain_notation_or_the_columns_range_is_refused(string text) =>
        Assert.NotNull(WireValues.Check(new Google.Type.Decimal { Value = text }));

    [Theory]
    [InlineData(1, -5, false)]
    [InlineData(-1, 5, false)]
    [InlineData(0, 1_000_000_000, false)]
    [InlineData(long.MaxValue, 0, false)]
    [InlineData(-3, -500_000_000, true)]
    [InlineData(999_999_999_999_999, 999_999_999, true)]
    public void Units_and_nanos_must_agree_in_sign_and_stay_in_range(long units, int nanos, bool wellFormed) =>
        Assert.Equal(wellFormed, WireValues.Check(new Money { CurrencyCode = "EUR", Units = units, Nanos = nanos }) is null);

    [Theory]
    [InlineData(10000, 1, 1)]
    [InlineData(2026, 2, 29)]
    [InlineData(2026, 13, 1)]
    [InlineData(0, 1, 1)]
    [InlineData(2026, 1, 0)]
    [InlineData(int.MaxValue, 12, 31)]
    public void A_date_that_is_not_a_whole_calendar_date_up_to_9999_is_refused(int year, int month, int day) =>
        Assert.NotNull(WireValues.Check(new Date { Year = year, Month = month, Day = day }));

    [Fact]
    public void A_leap_day_is_a_date() =>
        Assert.Null(WireValues.Check(new Date { Year = 2028, Month = 2, Day = 29 }));
}
