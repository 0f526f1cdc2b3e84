namespace Customs.IpRegister.Contracts;

public sealed record ItemScreening
{
    public required int ItemNumber { get; init; }

    public required ScreeningOutcome Outcome { get; init; }

    /// <summary>The register entry that matched, when one did.</summary>
    public Guid? RegisterEntryId { get; init; }
}
