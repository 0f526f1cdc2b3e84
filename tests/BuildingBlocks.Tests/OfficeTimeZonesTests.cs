using Customs.BuildingBlocks.Calendar;

namespace Customs.BuildingBlocks.Tests;

public sealed class OfficeTimeZonesTests
{
    // Thu 7 May 2026, 19:30 UTC: 22:30 in Moscow (UTC+3), already 00:30 on Fri 8 May in Yekaterinburg (UTC+5).
    private static readonly DateTimeOffset Evening = new(2026, 5, 7, 19, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("10005020", "2026-05-07")] // Sheremetyevo: Moscow time
    [InlineData("10511000", "2026-05-08")] // Ural directorate: Yekaterinburg time
    [InlineData("10012000", "2026-05-07")] // Kaliningrad: UTC+2, 21:30
    [InlineData("10702000", "2026-05-08")] // Vladivostok: UTC+10, 05:30
    [InlineData("CN5100", "2026-05-08")] // China: UTC+8, 03:30
    public void The_date_at_an_office_is_its_own_calendar_day(string office, string date) =>
        Assert.Equal(DateOnly.Parse(date), OfficeTimeZones.Default.DateAt(office, Evening));

    [Fact]
    public void The_longest_listed_prefix_decides() =>
        // 10012 (Kaliningrad) is listed besides nothing shorter; 10005 and 101 are distinct entries.
        Assert.Equal("Europe/Kaliningrad", OfficeTimeZones.Default.ZoneOf("10012010").Id);

    [Fact]
    public void An_office_the_data_do_not_cover_has_no_date_rather_than_Moscows()
    {
        Assert.Null(OfficeTimeZones.Default.TryZoneOf("99999999"));
        Assert.Throws<CalendarDataException>(() => OfficeTimeZones.Default.DateAt("99999999", Evening));
    }

    [Fact]
    public void A_day_at_an_office_starts_at_its_local_midnight() =>
        Assert.Equal(new DateTimeOffset(2026, 5, 7, 19, 0, 0, TimeSpan.Zero), OfficeTimeZones.Default.StartOf("10511000", new DateOnly(2026, 5, 8)).ToUniversalTime());
}
