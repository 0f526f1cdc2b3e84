namespace Customs.Examination.Api.Domain.Risk;

/// <summary>A risk profile as a risk analyst wrote it: data, not code (Art. 358(2)-(3)).</summary>
public sealed record RiskProfile
{
    public required Guid Id { get; init; }
    public required int Version { get; init; }
    public required string Name { get; init; }
    public string Rationale { get; init; } = "";
    public required RiskCriteria Criteria { get; init; }
    public required Lane Lane { get; init; }
    public required IReadOnlyList<ControlForm> Forms { get; init; }
    public IReadOnlyList<string> OfficeCodePrefixes { get; init; } = [];
    public Direction Direction { get; init; }
    public required DateOnly EffectiveFrom { get; init; }
    public DateOnly? EffectiveUntil { get; init; }
    public int SelectionPercent { get; init; } = 100;

    public bool InForceOn(DateOnly day) => day >= EffectiveFrom && (EffectiveUntil is null || day <= EffectiveUntil);

    public bool AppliesAt(string officeCode, Direction direction) =>
        (OfficeCodePrefixes.Count == 0 || OfficeCodePrefixes.Any(p => officeCode.StartsWith(p, StringComparison.Ordinal)))
        && (Direction == Direction.Unspecified || Direction == direction);
}
