namespace Customs.Examination.Api.Domain.Experts;

/// <summary>An expert analysis ordered by a resolution (Art. 378(3)), with the declarant's requests, the conclusions and the samples.</summary>
public sealed record ExpertAnalysis
{
    public required Guid Id { get; init; }
    public required Guid DeclarationId { get; init; }
    public required AnalysisKind Kind { get; init; }
    public Guid? PreviousAnalysisId { get; init; }
    public required AnalysisSubject Subject { get; init; }
    public required string Grounds { get; init; }
    public required IReadOnlyList<string> Experts { get; init; }
    public required string Organisation { get; init; }
    public required IReadOnlyList<string> Questions { get; init; }
    public required IReadOnlyList<string> Materials { get; init; }
    public required DateOnly OrderedOn { get; init; }
    public required DateOnly DueOn { get; init; }

    /// <summary>Art. 378(4): the goods may not be released before the results, so the term ends with their temporary storage.</summary>
    public DateOnly? StorageEndsOn { get; init; }
    public required string ApprovalReference { get; init; }
    public required string OrderedBy { get; init; }

    /// <summary>Art. 378(5): the day the declarant was told of the resolution and its rights under Art. 382.</summary>
    public DateOnly? RightsExplainedOn { get; init; }
    public AnalysisStatus Status { get; init; } = AnalysisStatus.Ordered;

    /// <summary>Why it ended before its conclusion (Art. 356(1)), and the office's day it did; null unless ended.</summary>
    public string? EndedReason { get; init; }
    public DateOnly? EndedOn { get; init; }
    public IReadOnlyList<DeclarantRequest> Requests { get; init; } = [];
    public IReadOnlyList<ExpertConclusion> Conclusions { get; init; } = [];
    public IReadOnlyList<Sample> Samples { get; init; } = [];

    /// <summary>Art. 381(1): the experts' requests that needed the office's answer.</summary>
    public IReadOnlyList<ExpertRequest> ExpertRequests { get; init; } = [];

    /// <summary>Art. 378(6): customs, or an interested person (378(2), 382(1)[7]), named in <see cref="Initiator"/>.</summary>
    public AnalysisInitiator InitiatedBy { get; init; } = AnalysisInitiator.Customs;
    public string? Initiator { get; init; }

    /// <summary>
    /// Art. 378(6): "The expenses ... shall be reimbursed from the federal budget, except for the expert analyses which were not
    /// initiated by the customs authorities".
    /// </summary>
    public CostsBorneBy CostsBorneBy => InitiatedBy == AnalysisInitiator.InterestedPerson ? CostsBorneBy.Initiator : CostsBorneBy.FederalBudget;

    /// <summary>Art. 378(6): the expenses of the analysis, as amounts.</summary>
    public IReadOnlyList<AnalysisCost> Costs { get; init; } = [];

    /// <summary>The expenses summed per currency, borne as <see cref="CostsBorneBy"/> says.</summary>
    public IReadOnlyList<(string Currency, decimal Amount)> CostTotals =>
        [.. Costs.GroupBy(c => c.Currency).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Sum(c => c.Amount)))];

    /// <summary>Art. 383(4): the customs value the declarant may deduct for samples customs kept.</summary>
    public decimal ValueReductionRub => Samples.Where(s => s.Disposition == SampleDisposition.KeptByCustoms).Sum(s => s.CustomsValueRub);
}
