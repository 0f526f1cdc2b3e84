using Customs.Examination.Api.Domain.Examinations;
using Customs.ServiceDefaults;

namespace Customs.Examination.Api.Domain.Experts;

/// <summary>
/// Art. 381(1): an expert may "[2] upon permission of the customs authorities, ... attract other experts", "[3] request
/// additional materials requisite for conducting the assigned expert analysis", "[5] upon permission of the customs
/// authorities, ... participate in various activities in the process of effecting the customs control measures". ([1] to
/// examine the materials needs no answer; [4], the refusal to conclude, is a conclusion that is not clear.)
/// </summary>
public static class ExpertRequestRules
{
    public static ExpertAnalysis Decide(
        ExpertAnalysis a, ExpertRight right, string expert, string text, IReadOnlyList<string> grantedItems, bool granted, string motivation, string officer,
        DateOnly today)
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

        if (!granted && string.IsNullOrWhiteSpace(motivation))
        {
            v.Add(new("motivation", "a refusal says why"));
        }

        var items = grantedItems.Select(i => i.Trim()).Where(i => i.Length > 0).ToList();
        if (granted && right is ExpertRight.AttractExperts or ExpertRight.AdditionalMaterials && items.Count == 0)
        {
            v.Add(new("granted_items", "name the experts attracted (381(1)[2]) or the materials given (381(1)[3])"));
        }

        if (right == ExpertRight.AttractExperts && items.Any(i => a.Experts.Contains(i, StringComparer.OrdinalIgnoreCase)))
        {
            v.Add(new("granted_items", "names an expert of the resolution already"));
        }

        RequestValidationException.ThrowIfAny(v);
        if (a.Status == AnalysisStatus.Concluded)
        {
            throw new RuleViolationException(ExaminationErrors.AnalysisConcluded, "The analysis is concluded: an expert's request comes too late.", "Art. 381(1)");
        }

        var request = new ExpertRequest(a.ExpertRequests.Count + 1, right, expert.Trim(), text.Trim(), granted ? items : [], granted, motivation.Trim(),
            officer, today);
        return a with
        {
            ExpertRequests = [.. a.ExpertRequests, request],
            // [2] attracted experts take part in the analysis and sign its conclusions (379(3)); [3] the materials given are listed.
            Experts = granted && right == ExpertRight.AttractExperts ? [.. a.Experts, .. items] : a.Experts,
            Materials = granted && right == ExpertRight.AdditionalMaterials ? [.. a.Materials, .. items] : a.Materials,
        };
    }
}
