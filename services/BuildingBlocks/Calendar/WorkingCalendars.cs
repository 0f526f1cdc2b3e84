using Microsoft.Extensions.Logging;

namespace Customs.BuildingBlocks.Calendar;

/// <summary>
/// The working-day calendar of each jurisdiction, loaded once from the data files in <c>Calendar/Data</c>; every
/// service uses these, so two services never disagree on a date.
/// </summary>
public sealed class WorkingCalendars
{
    public const string RussiaCode = "RU";
    public const string ChinaCode = "CN";

    private static readonly Lazy<WorkingCalendars> Unlogged = new(() => new WorkingCalendars(null));

    public WorkingCalendars(ILoggerFactory? loggers)
    {
        var logger = loggers?.CreateLogger<WorkingCalendars>();
        Russia = new WorkingCalendar(CalendarLoader.ReadEmbedded(RussiaCode), logger);
        China = new WorkingCalendar(CalendarLoader.ReadEmbedded(ChinaCode), logger);
    }

    /// <summary>The calendars without logging, for unit tests and tools.</summary>
    public static WorkingCalendars Default => Unlogged.Value;

    public WorkingCalendar Russia { get; }

    public WorkingCalendar China { get; }

    public WorkingCalendar For(string jurisdiction) => jurisdiction switch
    {
        RussiaCode => Russia,
        ChinaCode => China,
        _ => throw new ArgumentOutOfRangeException(nameof(jurisdiction), jurisdiction, "No working-day calendar for this jurisdiction."),
    };
}
