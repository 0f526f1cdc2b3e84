using Customs.BuildingBlocks.Calendar;

namespace Customs.BuildingBlocks.Tests;

public sealed class RussianCalendarTests
{
    private readonly WorkingCalendar _calendar = WorkingCalendars.Default.Russia;

    [Theory]
    // Government Decree No. 1335 of 10.08.2023: Sat 27 Apr -> Mon 29 Apr, Sat 2 Nov -> Tue 30 Apr, Sat 6 Jan -> Fri 10 May,
    // Sat 28 Dec -> Mon 30 Dec, Sun 7 Jan -> Tue 31 Dec.
    [InlineData("2024-04-29")]
    [InlineData("2024-04-30")]
    [InlineData("2024-05-10")]
    [InlineData("2024-12-30")]
    [InlineData("2024-12-31")]
    // Decree No. 1052 of 04.08.2024: Sat 4 Jan -> Fri 2 May, Sat 1 Nov -> Mon 3 Nov, Sun 5 Jan -> Wed 31 Dec;
    // Labour Code Art. 112(2): Sun 23 Feb -> Mon 24 Feb, Sat 8 Mar -> Mon 10 Mar.
    [InlineData("2025-05-02")]
    [InlineData("2025-11-03")]
    [InlineData("2025-12-31")]
    [InlineData("2025-02-24")]
    [InlineData("2025-03-10")]
    // Decree No. 1466 of 24.09.2025: Sat 3 Jan -> Fri 9 Jan, Sun 4 Jan -> Thu 31 Dec; Art. 112(2): Sun 8 Mar -> Mon 9 Mar,
    // Sat 9 May -> Mon 11 May.
    [InlineData("2026-01-09")]
    [InlineData("2026-02-23")]
    [InlineData("2026-03-09")]
    [InlineData("2026-05-01")]
    [InlineData("2026-05-11")]
    [InlineData("2026-06-12")]
    [InlineData("2026-11-04")]
    [InlineData("2026-12-31")]
    public void Public_holidays_and_transferred_days_off_are_not_working_days(string day) =>
        Assert.False(_calendar.IsWorkingDay(DateOnly.Parse(day)));

    [Theory]
    [InlineData("2024-04-27")] // Decree No. 1335: working Saturday
    [InlineData("2024-11-02")] // Decree No. 1335: working Saturday
    [InlineData("2024-12-28")] // Decree No. 1335: working Saturday
    [InlineData("2025-11-01")] // Decree No. 1052: working Saturday
    [InlineData("2025-05-08")] // Decree No. 1052 moves nothing onto 8 May: an ordinary Thursday
    [InlineData("2026-01-12")]
    [InlineData("2026-11-03")]
    public void Transferred_working_days_and_ordinary_weekdays_are_working_days(string day) =>
        Assert.True(_calendar.IsWorkingDay(DateOnly.Parse(day)));

    [Fact]
    public void Ten_working_days_from_the_eve_of_the_May_holidays_skip_weekends_and_holidays()
    {
        // From Thursday 30 April 2026: 1-3 and 9-11 May are days off, so the working days are
        // 4, 5, 6, 7, 8, 12, 13, 14, 15 and 18 May.
        var term = _calendar.Term(new DateOnly(2026, 4, 30), 10);

        Assert.Equal(new DateOnly(2026, 5, 18), term.End);
        Assert.False(term.IsProvisional);
    }

    [Fact]
    public void Three_working_days_over_the_November_2025_transfer_count_the_working_Saturday()
    {
        // Decree No. 1052: Fri 31 Oct 2025 -> working Sat 1 Nov (1), Sun 2 off, Mon 3 and Tue 4 off, Wed 5 (2), Thu 6 (3).
        Assert.Equal(new DateOnly(2025, 11, 6), _calendar.AddWorkingDays(new DateOnly(2025, 10, 31), 3));
    }

    [Fact]
    public void In_a_year_without_a_decree_a_weekend_holiday_moves_to_the_next_working_day_and_the_answer_is_provisional()
    {
        // Labour Code Art. 112(2): 12 June 2027 is a Saturday -> Monday 14 June is a day off.
        Assert.False(_calendar.HasOfficialAct(2027));
        Assert.False(_calendar.IsWorkingDay(new DateOnly(2027, 6, 14)));
        Assert.True(_calendar.IsWorkingDay(new DateOnly(2027, 6, 15)));
        Assert.Contains("provisional", _calendar.SourceOf(2027));
    }

    [Fact]
    public void January_holidays_on_a_weekend_are_not_moved_by_the_statute()
    {
        // Art. 112(2) excepts the January holidays: 2 and 3 January 2027 (Sat, Sun) give no day off after 8 January
        // until a decree moves them; Monday 11 January 2027 is a working day on the statute alone.
        Assert.True(_calendar.IsWorkingDay(new DateOnly(2027, 1, 11)));
    }

    [Fact]
    public void A_term_that_crosses_into_a_year_without_its_decree_is_provisional()
    {
        // From Wed 23 Dec 2026: 24, 25, 28, 29, 30 Dec (31 Dec is off, Decree No. 1466), then 1-8 Jan 2027 (Art. 112(1)),
        // so the 6th to 10th working days are 11-15 January 2027, a year whose decree is not loaded.
        var term = _calendar.Term(new DateOnly(2026, 12, 23), 10);

        Assert.Equal(new DateOnly(2027, 1, 15), term.End);
        Assert.True(term.IsProvisional);
        Assert.Equal([2027], term.ProvisionalYears);
    }

    [Fact]
    public void Working_days_between_two_dates_count_the_end_but_not_the_start() =>
        Assert.Equal(10, _calendar.WorkingDaysBetween(new DateOnly(2026, 4, 30), new DateOnly(2026, 5, 18)));
}
