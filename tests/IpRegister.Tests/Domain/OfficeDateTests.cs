using Customs.IpRegister.Api.Domain.Calendars;

namespace Customs.IpRegister.Tests.Domain;

public sealed class OfficeDateTests
{
    // 01:30 on Tuesday 3 March in Moscow is still 22:30 on Monday 2 March in UTC.
    private static readonly DateTimeOffset HalfPastOneInMoscow = new(2026, 3, 3, 1, 30, 0, TimeSpan.FromHours(3));

    [Fact]
    public void At_half_past_one_in_Moscow_a_Russian_office_is_already_on_the_next_day()
    {
        Assert.Equal(new DateOnly(2026, 3, 2), DateOnly.FromDateTime(HalfPastOneInMoscow.UtcDateTime));
        Assert.Equal(new DateOnly(2026, 3, 3), OfficeDate.On(HalfPastOneInMoscow, Jurisdiction.Russia));
    }

    [Fact]
    public void A_Chinese_office_keeps_Beijing_time()
    {
        // 22:30 UTC is 06:30 the next day in Beijing; 15:30 UTC is still 23:30 the same day.
        Assert.Equal(new DateOnly(2026, 3, 3), OfficeDate.On(HalfPastOneInMoscow, Jurisdiction.China));
        Assert.Equal(new DateOnly(2026, 3, 2), OfficeDate.On(new DateTimeOffset(2026, 3, 2, 15, 30, 0, TimeSpan.Zero), Jurisdiction.China));
    }

    [Fact]
    public void Today_is_read_from_the_injected_clock_in_the_offices_time()
    {
        var clock = new FixedClock(HalfPastOneInMoscow);

        Assert.Equal(new DateOnly(2026, 3, 3), OfficeDate.Today(clock, Jurisdiction.Russia));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
