namespace Customs.BuildingBlocks.Calendar;

/// <summary>
/// The working days of one jurisdiction: weekends and public holidays, with the government's transfers
/// of days off and the weekend days it makes working days. Reference data, not constants.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly HashSet<DateOnly> _daysOff;
    private readonly HashSet<DateOnly> _workingWeekendDays;

    public WorkingCalendar(string jurisdiction, IEnumerable<DateOnly> daysOff, IEnumerable<DateOnly> workingWeekendDays)
    {
        Jurisdiction = jurisdiction;
        _daysOff = [.. daysOff];
        _workingWeekendDays = [.. workingWeekendDays];
    }

    public string Jurisdiction { get; }

    public bool IsWorkingDay(DateOnly day) =>
        _workingWeekendDays.Contains(day)
        || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_daysOff.Contains(day));

    /// <summary>
    /// The day on which a term of <paramref name="workingDays"/> working days counted from the day after
    /// <paramref name="start"/> ends: "10 working days from the notification" ends on the 10th working day after it.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = start;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The first working day on or after <paramref name="day"/>.</summary>
    public DateOnly OnOrNextWorkingDay(DateOnly day)
    {
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
