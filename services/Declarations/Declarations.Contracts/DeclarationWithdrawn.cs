namespace Customs.Declarations.Contracts;

/// <summary>The declarant withdrew the declaration (Art. 356(1)[2]); duties paid on it are refundable.</summary>
public sealed record DeclarationWithdrawn
{
    public required Guid DeclarationId { get; init; }

    public string? RegistrationNumber { get; init; }

    public required DateTimeOffset WithdrawnAt { get; init; }

    public string? Reason { get; init; }
}
