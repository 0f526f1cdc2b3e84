using Customs.BuildingBlocks.Calendar;

namespace Customs.IpRegister.Api.Domain.Calendars;

/// <summary>
/// The People's Republic of China's working-day calendar: the State Council's annual notice on public holidays
/// lists the days off and the weekend days made working days ("adjusted working days"). Data, one entry per year;
/// a year without a notice has weekends only.
/// </summary>
public static class ChinaCalendar
{
    public const string Jurisdiction = "CN";

    private static readonly Dictionary<int, (string[] DaysOff, string[] WorkingDays)> Notices = new()
    {
        // State Council General Office notice on the 2026 holidays.
        [2026] = (
            [
                "2026-01-01", "2026-01-02", "2026-01-03",                      // New Year
                "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19",
                "2026-02-20", "2026-02-21", "2026-02-22", "2026-02-23",        // Spring Festival
                "2026-04-04", "2026-04-05", "2026-04-06",                      // Qingming
                "2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05", // Labour Day
                "2026-06-19", "2026-06-20", "2026-06-21",                      // Dragon Boat
                "2026-09-25", "2026-09-26", "2026-09-27",                      // Mid-Autumn
                "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07", // National Day
            ],
            ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]),
    };

    public static WorkingCalendar Create(int fromYear, int toYear)
    {
        var daysOff = new List<DateOnly>();
        var working = new List<DateOnly>();
        for (var year = fromYear; year <= toYear; year++)
        {
            if (Notices.TryGetValue(year, out var notice))
            {
                daysOff.AddRange(notice.DaysOff.Select(DateOnly.Parse));
                working.AddRange(notice.WorkingDays.Select(DateOnly.Parse));
            }
        }

        return new WorkingCalendar(Jurisdiction, daysOff, working);
    }
}
