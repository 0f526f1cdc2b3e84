using Customs.BuildingBlocks.Calendar;

namespace Customs.Examination.Api.Domain.Examinations;

/// <summary>The term of Art. 359 on the working-day calendar of the office's jurisdiction (BuildingBlocks' shared calendars).</summary>
public static class ControlTerm
{
    // Art. 359(1): "not later than within three working days".
    public const int WorkingDays = 3;

    /// <summary>
    /// Art. 359(2) sets no number ("the period that may be required ... to break the consignment"); one extension longer than
    /// this is refused as a typing error, as the Declarations service does.
    /// </summary>
    public const int MaxExtensionWorkingDays = 60;

    public static WorkingCalendar CalendarOf(WorkingCalendars calendars, string officeCode) =>
        calendars.For(OfficeTimeZones.Default.JurisdictionOf(officeCode));

    public static WorkingDayTerm Count(WorkingCalendars calendars, string officeCode, DateOnly start, int workingDays) =>
        CalendarOf(calendars, officeCode).Term(start, workingDays);
}
