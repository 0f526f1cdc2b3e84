using Customs.Examination.Api.Domain.Examinations;
using Customs.ServiceDefaults;

namespace Customs.Examination.Api.Domain.Experts;

/// <summary>
/// An analysis ordered for a declaration that is then withdrawn (Art. 356(1)[2]) or regarded as void (356(1)[1]) has no goods
/// under control to serve: it ends with that reason, and nothing more is done on it. A concluded one keeps its conclusions.
/// </summary>
public static class AnalysisEndRules
{
    /// <summary>The analysis ended, or null when it is not under way (concluded, or ended already: the first reason stays).</summary>
    public static ExpertAnalysis? End(ExpertAnalysis a, string reason, DateOnly today) =>
        a.Status == AnalysisStatus.Ordered ? a with { Status = AnalysisStatus.Ended, EndedReason = reason, EndedOn = today } : null;

    /// <summary>Any action on an ended analysis is refused.</summary>
    public static void RequireNotEnded(ExpertAnalysis a)
    {
        if (a.Status == AnalysisStatus.Ended)
        {
            throw new RuleViolationException(ExaminationErrors.AnalysisEnded, $"Expert analysis {a.Id} ended: {a.EndedReason}.", "Art. 356(1)");
        }
    }
}
