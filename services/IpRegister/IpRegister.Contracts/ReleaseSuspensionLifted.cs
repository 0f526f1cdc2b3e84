namespace Customs.IpRegister.Contracts;

/// <summary>The suspension ended without seizure: the goods may be released as far as IP is concerned.</summary>
public sealed record ReleaseSuspensionLifted
{
    public required Guid SuspensionId { get; init; }

    public required Guid DeclarationId { get; init; }

    public required DateOnly LiftedOn { get; init; }

    public required SuspensionLiftReason Reason { get; init; }

    /// <summary>Art. 397(3): set when a court found no infringement; the holder answers for the damage.</summary>
    public bool? HolderLiableForDamage { get; init; }

    public string? DecisionReference { get; init; }
}
