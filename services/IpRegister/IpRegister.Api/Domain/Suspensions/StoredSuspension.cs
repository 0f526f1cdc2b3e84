namespace Customs.IpRegister.Api.Domain.Suspensions;

/// <summary>What the store holds of a suspension, to rebuild it (<see cref="Suspension.Restore"/>).</summary>
public sealed record StoredSuspension
{
    public required Guid Id { get; init; }
    public required Guid DeclarationId { get; init; }
    public required Guid RegisterEntryId { get; init; }
    public required IReadOnlyList<int> ItemNumbers { get; init; }
    public required SuspensionContext Context { get; init; }
    public required DateOnly DetectedOn { get; init; }
    public required DateOnly SuspendedOn { get; init; }
    public DateOnly? DecideBy { get; init; }
    public WrittenDecision? Decision { get; init; }
    public required DateOnly Until { get; init; }
    public bool UntilProvisional { get; init; }
    public int ExtendedWorkingDays { get; init; }
    public string? CompetentAuthorityReference { get; init; }
    public ExtensionDecision? ExtensionDecision { get; init; }
    public required SuspensionStatus Status { get; init; }
    public DateOnly? EndedOn { get; init; }
    public LiftReason LiftReason { get; init; }
    public string? CourtDecisionReference { get; init; }
    public bool HolderLiableForDamage { get; init; }
    public SeizureAct SeizureAct { get; init; }
    public string? SeizingAuthority { get; init; }
    public string? SeizureReference { get; init; }
}
