namespace Customs.IpRegister.Contracts;

/// <summary>The suspension was extended by at most 10 more working days on the holder's motivated request (Art. 397(1)).</summary>
public sealed record ReleaseSuspensionExtended
{
    public required Guid SuspensionId { get; init; }

    public required Guid DeclarationId { get; init; }

    public required DateOnly ExtendedUntil { get; init; }
}
