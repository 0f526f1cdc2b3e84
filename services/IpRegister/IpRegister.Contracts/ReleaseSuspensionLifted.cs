namespace Customs.IpRegister.Contracts;

/// <summary>The suspension ended without seizure: the goods may be released as far as IP is concerned.</summary>
public sealed record ReleaseSuspensionLifted
{
    public required Guid SuspensionId { get; init; }

    public required Guid DeclarationId { get; init; }

    public required DateOnly LiftedOn { get; init; }

    public required SuspensionLiftReason Reason { get; init; }
}
