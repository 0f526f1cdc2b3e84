using Customs.Declarations.Api.Data;
using Customs.Declarations.Api.Grpc;

namespace Customs.Declarations.Tests;

/// <summary>Figures and tokens at the API's edge: decimals never pass through double.</summary>
public sealed class EdgeValueTests
{
    [Theory]
    [InlineData("65.5")]
    [InlineData("0.000000001")]
    [InlineData("-12.75")]
    [InlineData("123456789.123456789")]
    public void A_decimal_survives_the_trip_through_units_and_nanos(string text)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(value, value.ToDecimalValue().ToDecimal());
        Assert.Equal(value, value.ToMoney("EUR").ToDecimal());
    }

    [Theory]
    [InlineData(1, -5, false)]
    [InlineData(-1, 5, false)]
    [InlineData(0, 1_000_000_000, false)]
    [InlineData(-3, -500_000_000, true)]
    public void Units_and_nanos_must_agree_in_sign_and_range(long units, int nanos, bool wellFormed) =>
        Assert.Equal(wellFormed, ProtoValues.IsWellFormed(units, nanos));

    [Fact]
    public void A_page_token_names_the_row_after_which_the_next_page_starts()
    {
        var cursor = new PageCursor(new DateTimeOffset(2026, 3, 2, 9, 0, 0, 123, TimeSpan.Zero), Guid.NewGuid());

        Assert.True(PageCursor.TryDecode(cursor.Encode(), out var decoded));
        Assert.Equal(cursor, decoded);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("MTIzOm5vdC1hLWd1aWQ=")]
    public void A_token_the_service_did_not_issue_is_rejected(string token) =>
        Assert.False(PageCursor.TryDecode(token, out _));

    [Theory]
    [InlineData(long.MaxValue)]
    [InlineData(-1L)]
    public void A_token_with_a_time_out_of_range_is_rejected_not_thrown(long ticks)
    {
        var token = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{ticks}:{Guid.NewGuid():N}"));

        Assert.False(PageCursor.TryDecode(token, out _));
    }
}
