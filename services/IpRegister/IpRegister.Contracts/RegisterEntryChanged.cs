namespace Customs.IpRegister.Contracts;

/// <summary>A register entry changed: its term was extended (Art. 396) or its authorised importers changed.</summary>
public sealed record RegisterEntryChanged
{
    public required Guid RegisterEntryId { get; init; }

    /// <summary>What changed, e.g. "term_extended", "authorised_importer_added".</summary>
    public required string Change { get; init; }

    public required DateOnly ValidUntil { get; init; }

    public required DateTimeOffset ChangedAt { get; init; }
}
