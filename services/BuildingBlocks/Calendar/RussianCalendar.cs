namespace Customs.BuildingBlocks.Calendar;

/// <summary>
/// The Russian Federation's working-day calendar. Labour Code Art. 112(1): the non-working public holidays;
/// Art. 112(2): a holiday falling on a weekend moves to the next working day, except the January ones,
/// which the Government moves by an annual decree (as it may move other days off). The decrees are
/// data here, one entry per year; a year without a decree gets the statutory rule alone.
/// </summary>
public static class RussianCalendar
{
    public const string Jurisdiction = "RU";

    private static readonly (int Month, int Day)[] JanuaryHolidays = [(1, 1), (1, 2), (1, 3), (1, 4), (1, 5), (1, 6), (1, 7), (1, 8)];

    private static readonly (int Month, int Day)[] OtherHolidays = [(2, 23), (3, 8), (5, 1), (5, 9), (6, 12), (11, 4)];

    /// <summary>Days off moved by Government decree: (year, days moved off onto weekdays, weekend days made working).</summary>
    private static readonly Dictionary<int, (string[] DaysOff, string[] WorkingDays)> Decrees = new()
    {
        // Decree No. 1466 of 24.09.2025: 3 and 4 January (Sat, Sun) moved to 9 January and 31 December.
        [2026] = (["2026-01-09", "2026-12-31"], []),
    };

    public static WorkingCalendar Create(int fromYear, int toYear)
    {
        var daysOff = new List<DateOnly>();
        var working = new List<DateOnly>();
        for (var year = fromYear; year <= toYear; year++)
        {
            daysOff.AddRange(JanuaryHolidays.Select(h => new DateOnly(year, h.Month, h.Day)));
            foreach (var (month, day) in OtherHolidays)
            {
                var holiday = new DateOnly(year, month, day);
                daysOff.Add(holiday);
                if (holiday.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                {
                    daysOff.Add(NextWeekday(holiday, daysOff));
                }
            }

            if (Decrees.TryGetValue(year, out var decree))
            {
                daysOff.AddRange(decree.DaysOff.Select(DateOnly.Parse));
                working.AddRange(decree.WorkingDays.Select(DateOnly.Parse));
            }
        }

        return new WorkingCalendar(Jurisdiction, daysOff, working);
    }

    private static DateOnly NextWeekday(DateOnly day, List<DateOnly> taken)
    {
        do
        {
            day = day.AddDays(1);
        }
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || taken.Contains(day));

        return day;
    }
}
