using Customs.IpRegister.Api.Domain.Calendars;
using Customs.TestSupport;

namespace Customs.IpRegister.Tests.Domain;

/// <summary>The IP register dates screening, suspensions and notices by the office's own calendar day (offices.json).</summary>
public sealed class OfficeDateTests
{
    // 01:30 on Tuesday 3 March in Moscow is still 22:30 on Monday 2 March in UTC.
    private static readonly DateTimeOffset HalfPastOneInMoscow = new(2026, 3, 3, 1, 30, 0, TimeSpan.FromHours(3));

    // 23:30 on Monday 2 March in Yekaterinburg (UTC+5) is 21:30 in Moscow, still Monday there too; 00:30 on Tuesday in
    // Yekaterinburg is 22:30 on Monday in Moscow.
    private static readonly DateTimeOffset HalfPastMidnightInYekaterinburg = new(2026, 3, 3, 0, 30, 0, TimeSpan.FromHours(5));

    [Fact]
    public void At_half_past_one_in_Moscow_a_Moscow_office_is_already_on_the_next_day()
    {
        Assert.Equal(new DateOnly(2026, 3, 2), DateOnly.FromDateTime(HalfPastOneInMoscow.UtcDateTime));
        Assert.Equal(new DateOnly(2026, 3, 3), OfficeDate.At("10005000", HalfPastOneInMoscow));
    }

    [Fact]
    public void A_Ural_office_dates_by_Yekaterinburg_time_not_Moscows()
    {
        Assert.Equal(new DateOnly(2026, 3, 3), OfficeDate.At("10511000", HalfPastMidnightInYekaterinburg));
        Assert.Equal(new DateOnly(2026, 3, 2), OfficeDate.OfRegister(HalfPastMidnightInYekaterinburg));
    }

    [Fact]
    public void A_Chinese_office_keeps_Beijing_time()
    {
        // 22:30 UTC is 06:30 the next day in Beijing; 15:30 UTC is still 23:30 the same day.
        Assert.Equal(new DateOnly(2026, 3, 3), OfficeDate.At("CN5100", HalfPastOneInMoscow));
        Assert.Equal(new DateOnly(2026, 3, 2), OfficeDate.At("CN5100", new DateTimeOffset(2026, 3, 2, 15, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void An_office_the_data_do_not_know_has_no_date()
    {
        Assert.False(OfficeDate.IsKnown("99999999"));
        Assert.Throws<Customs.BuildingBlocks.Calendar.CalendarDataException>(() => OfficeDate.At("99999999", HalfPastOneInMoscow));
    }

    [Fact]
    public void Today_is_read_from_the_injected_clock_in_the_offices_time()
    {
        var clock = new FixedClock(HalfPastOneInMoscow);

        Assert.Equal(new DateOnly(2026, 3, 3), OfficeDate.Today(clock, "10005000"));
    }
}
