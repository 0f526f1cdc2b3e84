using Customs.BuildingBlocks.Calendar;

namespace Customs.BuildingBlocks.Tests;

public sealed class ChinaCalendarTests
{
    private readonly WorkingCalendar _calendar = WorkingCalendars.Default.China;

    [Theory]
    // State Council General Office notice for 2024: Spring Festival 10-17 Feb, Labour Day 1-5 May, National Day 1-7 Oct.
    [InlineData("2024-02-16")]
    [InlineData("2024-05-03")]
    [InlineData("2024-10-07")]
    // Notice for 2025: Spring Festival 28 Jan - 4 Feb, Dragon Boat 31 May - 2 Jun, National Day and Mid-Autumn 1-8 Oct.
    [InlineData("2025-01-28")]
    [InlineData("2025-06-02")]
    [InlineData("2025-10-08")]
    // Notice for 2026: Spring Festival 15-23 Feb, Mid-Autumn 25-27 Sep.
    [InlineData("2026-02-23")]
    [InlineData("2026-09-25")]
    public void Days_off_of_the_State_Council_notices_are_not_working_days(string day) =>
        Assert.False(_calendar.IsWorkingDay(DateOnly.Parse(day)));

    [Theory]
    [InlineData("2024-02-04")] // notice for 2024: Sunday worked before the Spring Festival
    [InlineData("2024-10-12")] // notice for 2024: Saturday worked after National Day
    [InlineData("2025-01-26")] // notice for 2025: Sunday worked
    [InlineData("2025-02-08")] // notice for 2025: Saturday worked
    [InlineData("2026-01-04")] // notice for 2026: Sunday worked
    [InlineData("2026-02-28")] // notice for 2026: Saturday worked
    public void Adjusted_working_days_of_the_notices_are_working_days(string day) =>
        Assert.True(_calendar.IsWorkingDay(DateOnly.Parse(day)));

    [Fact]
    public void The_2027_notice_is_not_loaded_so_Spring_Festival_week_is_answered_provisionally_from_the_statute()
    {
        // Measures Art. 2 (as amended 2024): Spring Festival eve and lunar 1-3 January = 5-8 Feb 2027; Art. 4: the
        // Saturday and Sunday (6, 7 Feb) are made up on the next working days, Tue 9 and Wed 10 Feb.
        Assert.False(_calendar.HasOfficialAct(2027));
        foreach (var day in new[] { 5, 8, 9, 10 })
        {
            Assert.False(_calendar.IsWorkingDay(new DateOnly(2027, 2, day)), $"{day} Feb 2027");
        }

        Assert.True(_calendar.IsWorkingDay(new DateOnly(2027, 2, 11)));
        var term = _calendar.Term(new DateOnly(2027, 2, 4), 3);
        Assert.Equal(new DateOnly(2027, 2, 15), term.End); // 11, 12 Feb, then Mon 15 Feb
        Assert.True(term.IsProvisional);
    }

    [Fact]
    public void Three_working_days_within_a_loaded_year_are_not_provisional()
    {
        // Notice for 2026: Fri 30 Sep is followed by 1-7 Oct off and a working Saturday 10 Oct: 8, 9, 10 Oct.
        var term = _calendar.Term(new DateOnly(2026, 9, 30), 3);

        Assert.Equal(new DateOnly(2026, 10, 10), term.End);
        Assert.False(term.IsProvisional);
    }
}
