namespace Customs.Declarations.Api.Domain.PersonalUse;

/// <summary>What the memo's rules say about a declaration, with the thresholds in force on <see cref="AssessedOn"/>.</summary>
public sealed record PersonalUseAssessment
{
    public required DateOnly AssessedOn { get; init; }
    public required DateOnly ThresholdsEffectiveFrom { get; init; }
    public required IReadOnlyList<AppliedRule> MandatoryDeclarationRules { get; init; }
    public required IReadOnlyList<ItemFinding> Findings { get; init; }
    public required IReadOnlyList<RequiredPermit> RequiredPermits { get; init; }

    /// <summary>Every conversion a value or cash threshold decision used, with the day of its rate (Art. 326).</summary>
    public IReadOnlyList<ThresholdConversion> Conversions { get; init; } = [];

    public bool WrittenDeclarationMandatory => MandatoryDeclarationRules.Count > 0;

    public IEnumerable<ItemFinding> Refusals => Findings.Where(f => f.IsRefusal);

    public IEnumerable<RequiredPermit> MissingPermits => RequiredPermits.Where(p => !p.Presented);
}
