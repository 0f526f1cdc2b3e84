namespace Customs.IpRegister.Contracts;

/// <summary>The suspension was extended by at most 10 more working days on the holder's motivated request (Art. 397(1)).</summary>
public sealed record ReleaseSuspensionExtended
{
    public required Guid SuspensionId { get; init; }

    public required Guid DeclarationId { get; init; }

    public required DateOnly ExtendedUntil { get; init; }

    /// <summary>The written decision of the head of the office or the deputy that extended it (Art. 397(1)).</summary>
    public string? DecisionReference { get; init; }

    /// <summary>The role of who decided: <c>head</c> or <c>deputy_head</c>.</summary>
    public string? DecidedByRole { get; init; }
}
