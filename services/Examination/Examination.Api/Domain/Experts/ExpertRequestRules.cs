using Customs.Examination.Api.Domain.Examinations;
using Customs.ServiceDefaults;

namespace Customs.Examination.Api.Domain.Experts;

/// <summary>
/// Art. 381(1): an expert may "[2] upon permission of the customs authorities, ... attract other experts", "[3] request
/// additional materials requisite for conducting the assigned expert analysis", "[5] upon permission of the customs
/// authorities, ... participate in various activities in the process of effecting the customs control measures". ([1] to
/// examine the materials needs no answer; [4], the refusal to conclude, is a conclusion that is not clear.) The expert files
/// the request itself (<see cref="File"/>) and an officer answers it (<see cref="Answer"/>); an officer may also record one
/// made on paper with its answer at once (<see cref="Decide"/>).
/// </summary>
public static class ExpertRequestRules
{
    public static ExpertAnalysis Decide(
        ExpertAnalysis a, ExpertRight right, string expert, string text, IReadOnlyList<string> grantedItems, bool granted, string motivation, string officer,
        DateOnly today) =>
        Answer(File(a, right, expert, text, officer, today), a.ExpertRequests.Count + 1, granted, grantedItems, motivation, officer, today);

    /// <summary>Files the request of an expert of the resolution, pending the office's answer.</summary>
    public static ExpertAnalysis File(ExpertAnalysis a, ExpertRight right, string expert, string text, string filedBy, DateOnly today)
    {
        var v = new List<FieldViolation>();
        if (right == ExpertRight.Unspecified)
        {
            v.Add(new("right", "is required: a right of Art. 381(1)"));
        }

        if (!a.Experts.Contains(expert.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            v.Add(new("expert", "names no expert of the resolution (Art. 381(1))"));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            v.Add(new("request", "is required"));
        }

        RequestValidationException.ThrowIfAny(v);
        RequireNotConcluded(a);
        var request = new ExpertRequest(a.ExpertRequests.Count + 1, right, expert.Trim(), text.Trim(), [], false, "", "", default)
        {
            Pending = true, FiledBy = filedBy, FiledOn = today,
        };
        return a with { ExpertRequests = [.. a.ExpertRequests, request] };
    }

    /// <summary>
    /// Answers a pending request: granted with the experts attracted ([2], who join the resolution and sign its conclusions,
    /// 379(3)) or the materials given ([3], added to the materials), or refused with the reason.
    /// </summary>
    public static ExpertAnalysis Answer(
        ExpertAnalysis a, int number, bool granted, IReadOnlyList<string> grantedItems, string motivation, string officer, DateOnly today)
    {
        var request = a.ExpertRequests.FirstOrDefault(r => r.Number == number)
            ?? throw new RequestValidationException([new("request_number", $"the analysis has no expert's request {number}")]);
        var v = new List<FieldViolation>();
        if (!granted && string.IsNullOrWhiteSpace(motivation))
        {
            v.Add(new("motivation", "a refusal says why"));
        }

        var items = grantedItems.Select(i => i.Trim()).Where(i => i.Length > 0).ToList();
        if (granted && request.Right is ExpertRight.AttractExperts or ExpertRight.AdditionalMaterials && items.Count == 0)
        {
            v.Add(new("granted_items", "name the experts attracted (381(1)[2]) or the materials given (381(1)[3])"));
        }

        if (request.Right == ExpertRight.AttractExperts && items.Any(i => a.Experts.Contains(i, StringComparer.OrdinalIgnoreCase)))
        {
            v.Add(new("granted_items", "names an expert of the resolution already"));
        }

        RequestValidationException.ThrowIfAny(v);
        if (!request.Pending)
        {
            throw new RuleViolationException(ExaminationErrors.RequestAnswered, $"Expert's request {number} was answered on {request.DecidedOn:yyyy-MM-dd}.", "Art. 381(1)");
        }

        if (granted)
        {
            RequireNotConcluded(a);
        }

        var answered = request with
        {
            GrantedItems = granted ? items : [], Granted = granted, Motivation = motivation.Trim(), DecidedBy = officer, DecidedOn = today, Pending = false,
        };
        return a with
        {
            ExpertRequests = [.. a.ExpertRequests.Select(r => r.Number == number ? answered : r)],
            Experts = granted && request.Right == ExpertRight.AttractExperts ? [.. a.Experts, .. items] : a.Experts,
            Materials = granted && request.Right == ExpertRight.AdditionalMaterials ? [.. a.Materials, .. items] : a.Materials,
        };
    }

    private static void RequireNotConcluded(ExpertAnalysis a)
    {
        if (a.Status == AnalysisStatus.Concluded)
        {
            throw new RuleViolationException(ExaminationErrors.AnalysisConcluded, "The analysis is concluded: an expert's request comes too late.", "Art. 381(1)");
        }
    }
}
