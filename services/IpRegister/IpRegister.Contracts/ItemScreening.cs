namespace Customs.IpRegister.Contracts;

public sealed record ItemScreening
{
    public required int ItemNumber { get; init; }

    public required ScreeningOutcome Outcome { get; init; }

    /// <summary>The register entry that matched, when one did.</summary>
    public Guid? RegisterEntryId { get; init; }

    /// <summary>The suspension (or hold) of a suspended item.</summary>
    public Guid? SuspensionId { get; init; }

    /// <summary>True when the item is held pending the head's decision (Art. 397(1)) rather than suspended.</summary>
    public bool? PendingDecision { get; init; }
}
