using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace Customs.BuildingBlocks.Calendar;

/// <summary>
/// Reads a calendar data file and refuses one that is not sound: a year loaded twice, a date outside its year, a day
/// both off and working, a "working day" that is not a weekend day, a statutory date that is not a day of the year.
/// </summary>
public static class CalendarLoader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    public static CalendarFile Read(Stream json)
    {
        using var buffer = new MemoryStream();
        json.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var file = JsonSerializer.Deserialize<CalendarFile>(bytes, Options)
            ?? throw new CalendarDataException("The calendar file is empty.");
        Check(file);
        return file with { DataVersion = Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] };
    }

    public static CalendarFile ReadEmbedded(string jurisdiction)
    {
        var name = $"Customs.BuildingBlocks.Calendar.Data.{jurisdiction.ToLowerInvariant()}.json";
        using var stream = typeof(CalendarLoader).Assembly.GetManifestResourceStream(name)
            ?? throw new CalendarDataException($"No calendar data file for jurisdiction {jurisdiction} ({name}).");
        return Read(stream);
    }

    private static void Check(CalendarFile file)
    {
        var where = $"Calendar {file.Jurisdiction}";
        foreach (var holiday in file.Statutory.Holidays)
        {
            // 2024 is a leap year, so any real day of the year parses.
            if (!DateOnly.TryParseExact($"2024-{holiday}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                throw new CalendarDataException($"{where}: statutory holiday '{holiday}' is not a MM-dd day.");
            }
        }

        CheckYears(where, "festival dates", file.Statutory.Festivals.Select(f => f.Year));
        foreach (var festival in file.Statutory.Festivals)
        {
            CheckWithin(where, festival.Year, festival.Days);
        }

        CheckYears(where, "act", file.Years.Select(y => y.Year));
        foreach (var act in file.Years)
        {
            if (string.IsNullOrWhiteSpace(act.Act))
            {
                throw new CalendarDataException($"{where}: the year {act.Year} names no act.");
            }

            CheckWithin(where, act.Year, act.DaysOff);
            CheckWithin(where, act.Year, act.WorkingDays);
            var both = act.DaysOff.Intersect(act.WorkingDays).ToList();
            if (both.Count > 0)
            {
                throw new CalendarDataException($"{where}: {both[0]:yyyy-MM-dd} is both a day off and a working day in {act.Act}.");
            }

            var weekday = act.WorkingDays.FirstOrDefault(d => !WorkingCalendar.IsWeekend(d));
            if (weekday != default)
            {
                throw new CalendarDataException($"{where}: {weekday:yyyy-MM-dd} is listed as a transferred working day but is not a weekend day.");
            }
        }
    }

    private static void CheckYears(string where, string what, IEnumerable<int> years)
    {
        var duplicate = years.GroupBy(y => y).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new CalendarDataException($"{where}: the year {duplicate.Key} has more than one {what}; periods must not overlap.");
        }
    }

    private static void CheckWithin(string where, int year, IReadOnlyList<DateOnly> days)
    {
        var outside = days.FirstOrDefault(d => d.Year != year);
        if (outside != default)
        {
            throw new CalendarDataException($"{where}: {outside:yyyy-MM-dd} is listed under the year {year}.");
        }

        var repeated = days.GroupBy(d => d).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new CalendarDataException($"{where}: {repeated.Key:yyyy-MM-dd} is listed twice in {year}.");
        }
    }
}
