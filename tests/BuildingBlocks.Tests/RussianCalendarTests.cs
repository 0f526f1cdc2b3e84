using Customs.BuildingBlocks.Calendar;

namespace Customs.BuildingBlocks.Tests;

public sealed class RussianCalendarTests
{
    private readonly WorkingCalendar _calendar = RussianCalendar.Create(2026, 2027);

    [Theory]
    // Decree No. 1466 of 24.09.2025: the rest periods of 2026 (five-day week).
    [InlineData("2026-01-09")] // moved from Saturday 3 January
    [InlineData("2026-02-23")]
    [InlineData("2026-03-09")] // 8 March is a Sunday
    [InlineData("2026-05-01")]
    [InlineData("2026-05-11")] // 9 May is a Saturday
    [InlineData("2026-06-12")]
    [InlineData("2026-11-04")]
    [InlineData("2026-12-31")] // moved from Sunday 4 January
    public void Public_holidays_and_transferred_days_of_2026_are_not_working_days(string day) =>
        Assert.False(_calendar.IsWorkingDay(DateOnly.Parse(day)));

    [Theory]
    [InlineData("2026-01-12")]
    [InlineData("2026-02-24")]
    [InlineData("2026-03-10")]
    [InlineData("2026-11-03")]
    public void Ordinary_weekdays_are_working_days(string day) =>
        Assert.True(_calendar.IsWorkingDay(DateOnly.Parse(day)));

    [Fact]
    public void Ten_working_days_from_the_eve_of_the_May_holidays_skip_weekends_and_holidays()
    {
        // From Thursday 30 April 2026: 1-3 and 9-11 May are days off, so the working days are
        // 4, 5, 6, 7, 8, 12, 13, 14, 15 and 18 May.
        var end = _calendar.AddWorkingDays(new DateOnly(2026, 4, 30), 10);

        Assert.Equal(new DateOnly(2026, 5, 18), end);
    }

    [Fact]
    public void Three_working_days_from_acceptance_on_Friday_end_on_Wednesday() =>
        Assert.Equal(new DateOnly(2026, 11, 25), _calendar.AddWorkingDays(new DateOnly(2026, 11, 20), 3));

    [Fact]
    public void In_a_year_without_a_decree_a_weekend_holiday_moves_to_the_next_working_day()
    {
        // Labour Code Art. 112(2): 23 February 2027 is a Tuesday, 8 March 2027 a Monday; 12 June 2027 a Saturday → Monday 14 June.
        Assert.False(_calendar.IsWorkingDay(new DateOnly(2027, 6, 14)));
        Assert.True(_calendar.IsWorkingDay(new DateOnly(2027, 6, 15)));
    }

    [Fact]
    public void Working_days_between_two_dates_count_the_end_but_not_the_start() =>
        Assert.Equal(10, _calendar.WorkingDaysBetween(new DateOnly(2026, 4, 30), new DateOnly(2026, 5, 18)));
}
