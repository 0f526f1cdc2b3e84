namespace Customs.Declarations.Contracts;

/// <summary>Customs regarded the declaration as void (Art. 356(1)[1]); duties paid on it are refundable.</summary>
public sealed record DeclarationVoided
{
    public required Guid DeclarationId { get; init; }

    public string? RegistrationNumber { get; init; }

    public required DateTimeOffset VoidedAt { get; init; }

    public required string OfficerId { get; init; }

    public required string Reason { get; init; }
}
