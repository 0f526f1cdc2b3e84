using Customs.IpRegister.Api.Domain.Reference;

namespace Customs.IpRegister.Api.Domain.Entries;

/// <summary>Art. 394(5): the time limits for deciding an application and telling the applicant.</summary>
public static class ApplicationDeadlines
{
    /// <summary>One month from submission.</summary>
    public static DateOnly DecideBy(DateOnly submittedOn) =>
        submittedOn.AddMonths(RegisterRulesTable.On(submittedOn).DecisionMonths);

    /// <summary>The furthest an extension may push the decision: two months from acceptance.</summary>
    public static DateOnly LatestExtendedDecideBy(DateOnly submittedOn) =>
        submittedOn.AddMonths(RegisterRulesTable.On(submittedOn).MaxDecisionMonths);

    /// <summary>The applicant is told of the decision in writing within three days of it.</summary>
    public static DateOnly NotifyApplicantBy(DateOnly decidedOn) =>
        decidedOn.AddDays(RegisterRulesTable.On(decidedOn).ApplicantNoticeDays);

    /// <summary>Whether the consideration may be extended to <paramref name="newDecideBy"/>.</summary>
    public static bool CanExtendTo(DateOnly submittedOn, DateOnly newDecideBy) =>
        newDecideBy > DecideBy(submittedOn) && newDecideBy <= LatestExtendedDecideBy(submittedOn);
}
