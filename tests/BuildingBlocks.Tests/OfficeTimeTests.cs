using Customs.BuildingBlocks.Calendar;

namespace Customs.BuildingBlocks.Tests;

public sealed class OfficeTimeTests
{
    [Fact]
    public void At_half_past_one_in_Moscow_the_office_date_is_already_the_next_day()
    {
        var instant = new DateTimeOffset(2026, 3, 2, 22, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 3, 3), OfficeTime.DateAt(instant, OfficeTime.Moscow));
        Assert.Equal(new DateOnly(2026, 3, 3), OfficeTime.DateAt(instant, OfficeTime.Beijing));
        Assert.Equal(new DateOnly(2026, 3, 2), OfficeTime.DateAt(instant.AddHours(-1).AddMinutes(-31), OfficeTime.Moscow));
    }

    [Fact]
    public void A_day_at_a_Moscow_office_starts_at_21_00_UTC_the_day_before()
    {
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 21, 0, 0, TimeSpan.Zero), OfficeTime.StartOf(new DateOnly(2026, 3, 2), OfficeTime.Moscow));
    }
}
