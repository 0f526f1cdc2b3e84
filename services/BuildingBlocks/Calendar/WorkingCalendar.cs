using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Customs.BuildingBlocks.Calendar;

/// <summary>
/// The working days of one jurisdiction: weekends, the statutory holidays, and each year's official act moving days
/// off (reference data, <see cref="CalendarFile"/>). A year whose act is not loaded is answered from the statutory rules
/// alone and the answer is provisional: <see cref="Term"/> says so, and the first such answer for a year is logged.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly CalendarFile _file;
    private readonly Dictionary<int, YearAct> _acts;
    private readonly Dictionary<int, FestivalYear> _festivals;
    private readonly ConcurrentDictionary<int, YearDays> _years = new();
    private readonly ILogger _logger;

    public WorkingCalendar(CalendarFile file, ILogger? logger = null)
    {
        _file = file;
        _acts = file.Years.ToDictionary(y => y.Year);
        _festivals = file.Statutory.Festivals.ToDictionary(f => f.Year);
        _logger = logger ?? NullLogger.Instance;
    }

    public string Jurisdiction => _file.Jurisdiction;

    /// <summary>The data file's version (<see cref="CalendarFile.DataVersion"/>).</summary>
    public string DataVersion => _file.DataVersion;

    /// <summary>The years whose official act is loaded.</summary>
    public IEnumerable<int> OfficialYears => _acts.Keys.Order();

    public bool HasOfficialAct(int year) => _acts.ContainsKey(year);

    /// <summary>What the answers for a year rest on: its act, or the statute alone (provisional).</summary>
    public string SourceOf(int year) =>
        _acts.TryGetValue(year, out var act) ? act.Act : $"{_file.Statutory.Act} (provisional: no act loaded for {year})";

    public static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    public bool IsWorkingDay(DateOnly day)
    {
        var year = YearOf(day.Year);
        return year.Working.Contains(day) || (!IsWeekend(day) && !year.Off.Contains(day));
    }

    /// <summary>
    /// The day on which a term of <paramref name="workingDays"/> working days counted from the day after
    /// <paramref name="start"/> ends: "10 working days from the notification" ends on the 10th working day after it.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays) => Term(start, workingDays).End;

    /// <summary><see cref="AddWorkingDays"/>, saying whether the term crosses a year without its official act.</summary>
    public WorkingDayTerm Term(DateOnly start, int workingDays)
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

        return new WorkingDayTerm(day, ProvisionalYearsBetween(start, day));
    }

    /// <summary>The years from <paramref name="from"/> to <paramref name="to"/> whose official act is not loaded.</summary>
    public IReadOnlyList<int> ProvisionalYearsBetween(DateOnly from, DateOnly to) =>
        Enumerable.Range(from.Year, to.Year - from.Year + 1).Where(y => !HasOfficialAct(y)).ToList();

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

    private YearDays YearOf(int year) => _years.GetOrAdd(year, Build);

    private YearDays Build(int year)
    {
        _acts.TryGetValue(year, out var act);
        if (act is not null && _file.ActListsEveryDayOff)
        {
            return new YearDays([.. act.DaysOff], [.. act.WorkingDays]);
        }

        var off = StatutoryDaysOff(year);
        if (act is null)
        {
            _logger.LogWarning(
                "No official act on days off is loaded for {Jurisdiction} {Year}: working days of that year are counted from the statutory rules alone ({Statute}){Festivals} and every answer is provisional",
                Jurisdiction, year, _file.Statutory.Act,
                _file.Statutory.Festivals.Count > 0 && !_festivals.ContainsKey(year) ? ", without the moveable festivals, whose dates for that year are not loaded" : "");
            return new YearDays(off, []);
        }

        off.UnionWith(act.DaysOff);
        return new YearDays(off, [.. act.WorkingDays]);
    }

    private HashSet<DateOnly> StatutoryDaysOff(int year)
    {
        var rules = _file.Statutory;
        var holidays = rules.Holidays.Select(h => DateOnly.ParseExact($"{year}-{h}", "yyyy-MM-dd")).ToList();
        if (_festivals.TryGetValue(year, out var festivals))
        {
            holidays.AddRange(festivals.Days);
        }

        var off = new HashSet<DateOnly>(holidays);
        if (!rules.WeekendHolidayMovesToNextWorkingDay)
        {
            return off;
        }

        foreach (var holiday in holidays.Order().Where(h => IsWeekend(h) && !rules.NotMovedMonths.Contains(h.Month)))
        {
            var next = holiday.AddDays(1);
            while (IsWeekend(next) || off.Contains(next))
            {
                next = next.AddDays(1);
            }

            off.Add(next);
        }

        return off;
    }

    private sealed record YearDays(HashSet<DateOnly> Off, HashSet<DateOnly> Working);
}
