using Customs.BuildingBlocks.Calendar;

namespace Customs.IpRegister.Api.Domain.Suspensions;

/// <summary>
/// A provisional term counted again with the calendar now loaded, the same count as when it was set: a hold's one
/// working day after detection (Art. 397(1)); a suspension's initial working days from the day it took effect plus every
/// working day of extension granted since (Art. 397(1); counted on from the end, so one count of their sum).
/// </summary>
public static class SuspensionTermRecount
{
    public static WorkingDayTerm Recount(
        SuspensionStatus status, DateOnly detectedOn, DateOnly suspendedOn, int initialWorkingDays, int extendedWorkingDays, WorkingCalendar calendar) =>
        status == SuspensionStatus.Held
            ? calendar.Term(detectedOn, 1)
            : calendar.Term(suspendedOn, initialWorkingDays + extendedWorkingDays);
}
