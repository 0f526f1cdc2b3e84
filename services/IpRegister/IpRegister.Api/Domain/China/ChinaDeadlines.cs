using Customs.BuildingBlocks.Calendar;

namespace Customs.IpRegister.Api.Domain.China;

/// <summary>The time limits of the GAC measures, in working days of the Chinese calendar.</summary>
public static class ChinaDeadlines
{
    /// <summary>Art. 22: the holder answers within 3 working days of the customs notice's delivery.</summary>
    public static DateOnly HolderAnswerDue(DateOnly noticeDelivered, WorkingCalendar calendar) => calendar.AddWorkingDays(noticeDelivered, 3);

    /// <summary>Art. 28: customs tells the parties within 30 working days of detention if it cannot decide.</summary>
    public static DateOnly InvestigationDue(DateOnly detainedOn, WorkingCalendar calendar) => calendar.AddWorkingDays(detainedOn, 30);

    /// <summary>Art. 29: without a court's assistance notice within 50 working days of detention, the goods are released.</summary>
    public static DateOnly CourtAssistanceDue(DateOnly detainedOn, WorkingCalendar calendar) => calendar.AddWorkingDays(detainedOn, 50);
}
