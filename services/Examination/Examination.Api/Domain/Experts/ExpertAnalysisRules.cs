using Customs.Examination.Api.Domain.Examinations;
using Customs.ServiceDefaults;

namespace Customs.Examination.Api.Domain.Experts;

/// <summary>The rules of Arts. 378-383 on an expert analysis; each returns the new state or refuses, changing nothing.</summary>
public static class ExpertAnalysisRules
{
    /// <summary>Art. 378(3)-(4): the resolution's content and the longest term; Art. 380: further analyses follow a conclusion.</summary>
    public static ExpertAnalysis Order(ExpertAnalysis draft, ExpertAnalysis? previous)
    {
        var v = new List<FieldViolation>();
        Required(draft.Grounds, "grounds", v);
        Required(draft.Organisation, "organisation", v);
        RequiredList(draft.Experts, "experts", v);
        RequiredList(draft.Questions, "questions", v);
        RequiredList(draft.Materials, "materials", v);
        if (string.IsNullOrWhiteSpace(draft.ApprovalReference))
        {
            v.Add(new("approval_reference", "is required: the approval of the head of the office or the deputy (Art. 378(3))"));
        }

        if (draft.Subject == AnalysisSubject.Unspecified)
        {
            v.Add(new("subject", "is required"));
        }

        if (draft.DueOn <= draft.OrderedOn)
        {
            v.Add(new("due_on", "must be after the day of the resolution"));
        }
        else if (Limit(draft) is var (limit, basis) && draft.DueOn > limit)
        {
            v.Add(new("due_on", $"is after {limit:yyyy-MM-dd}, the longest term of {basis}"));
        }

        if (draft.InitiatedBy == AnalysisInitiator.InterestedPerson && string.IsNullOrWhiteSpace(draft.Initiator))
        {
            v.Add(new("initiator", "is required for an analysis an interested person initiated: who bears its costs (Art. 378(6))"));
        }

        if (draft.Kind != AnalysisKind.Primary && draft.PreviousAnalysisId is null)
        {
            v.Add(new("previous_analysis_id", "is required for an additional or a second analysis (Art. 380)"));
        }

        RequestValidationException.ThrowIfAny(v);
        if (draft.Kind != AnalysisKind.Primary)
        {
            if (previous is null || previous.DeclarationId != draft.DeclarationId || previous.Conclusions.Count == 0)
            {
                throw new RuleViolationException(ExaminationErrors.NoConclusionYet,
                    "An additional or a second analysis follows the conclusions of an earlier one of the same declaration.", "Art. 380(1), (2)");
            }

            var signers = previous.Conclusions.SelectMany(c => c.SignedBy).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (draft.Kind == AnalysisKind.Second && draft.Experts.Any(signers.Contains))
            {
                throw new RuleViolationException(ExaminationErrors.SameExpert, "A second analysis is conducted by another expert.", "Art. 380(2)");
            }
        }

        return draft with { Status = AnalysisStatus.Ordered };
    }

    /// <summary>Art. 378(4).</summary>
    public static (DateOnly Limit, string Basis) Limit(ExpertAnalysis a) =>
        a.StorageEndsOn is { } storage ? (storage, "Art. 378(4): the temporary storage of goods that wait for the results")
        : a.Subject == AnalysisSubject.MeansOfTransport ? (a.OrderedOn.AddMonths(6), "Art. 378(4): six months for means of transport")
        : (a.OrderedOn.AddYears(1), "Art. 378(4): one year");

    /// <summary>
    /// Art. 382: a request an officer records with its answer at once (made on paper): filed and answered in one step, by the
    /// rules of <see cref="DeclarantRequestRules"/>.
    /// </summary>
    public static ExpertAnalysis Decide(
        ExpertAnalysis a, DeclarantRight right, string text, IReadOnlyList<string> questions, bool granted, string motivation, string officer, DateOnly today) =>
        DeclarantRequestRules.Answer(DeclarantRequestRules.File(a, right, text, questions, officer, today), a.Requests.Count + 1, granted, motivation, officer, today);

    /// <summary>
    /// Art. 379: a report signed by experts of the analysis; when they disagree each signs his own (379(3)). The analysis is
    /// concluded once every expert has signed a conclusion.
    /// </summary>
    public static ExpertAnalysis Conclude(ExpertAnalysis a, ExpertConclusion c)
    {
        var v = new List<FieldViolation>();
        RequiredList(c.SignedBy, "signed_by", v);
        if (c.SignedBy.Any(s => !a.Experts.Contains(s, StringComparer.OrdinalIgnoreCase)))
        {
            v.Add(new("signed_by", "names someone who is not an expert of the resolution"));
        }

        Required(c.Place, "place", v);
        Required(c.Methods, "methods", v);
        Required(c.Findings, "findings", v);
        Required(c.Conclusions, "conclusions", v);
        if (c.ConductedTo < c.ConductedFrom || c.ConductedFrom < a.OrderedOn)
        {
            v.Add(new("conducted_to", "the investigation runs from the resolution's day on, and ends after it starts"));
        }

        RequestValidationException.ThrowIfAny(v);
        if (a.Status == AnalysisStatus.Concluded)
        {
            throw new RuleViolationException(ExaminationErrors.AnalysisConcluded, "Every expert of the analysis has signed a conclusion already.", "Art. 379(3)");
        }

        if (a.Conclusions.SelectMany(x => x.SignedBy).Intersect(c.SignedBy, StringComparer.OrdinalIgnoreCase).FirstOrDefault() is { } twice)
        {
            throw new RuleViolationException(ExaminationErrors.AlreadySigned, $"{twice} has signed a conclusion of this analysis already.", "Art. 379(3)");
        }

        var conclusions = (IReadOnlyList<ExpertConclusion>)[.. a.Conclusions, c with { Number = a.Conclusions.Count + 1 }];
        var signed = conclusions.SelectMany(x => x.SignedBy).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return a with { Conclusions = conclusions, Status = a.Experts.All(signed.Contains) ? AnalysisStatus.Concluded : AnalysisStatus.Ordered };
    }

    private static void Required(string value, string field, List<FieldViolation> v)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            v.Add(new(field, "is required (Art. 378(3), 379(2))"));
        }
    }

    private static void RequiredList(IReadOnlyList<string> values, string field, List<FieldViolation> v)
    {
        if (values.Count == 0 || values.Any(string.IsNullOrWhiteSpace))
        {
            v.Add(new(field, "needs at least one entry, none blank"));
        }
    }
}
