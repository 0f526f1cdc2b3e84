using Customs.BuildingBlocks.Calendar;

namespace Customs.TestSupport;

/// <summary>Calendars as they will be once a year's act is loaded, for tests of provisional terms counted again.</summary>
public static class TestCalendars
{
    /// <summary>The shipped Russian calendar with a 2027 act loaded (a test act: it makes Mon 11 Jan 2027 a day off).</summary>
    public static WorkingCalendar RussiaWithAct2027()
    {
        var file = CalendarLoader.ReadEmbedded(WorkingCalendars.RussiaCode);
        return new WorkingCalendar(file with
        {
            Years = [.. file.Years, new YearAct { Year = 2027, Act = "Test act on moving days off in 2027", DaysOff = [new DateOnly(2027, 1, 11)] }],
            DataVersion = "test-2027",
        });
    }
}
