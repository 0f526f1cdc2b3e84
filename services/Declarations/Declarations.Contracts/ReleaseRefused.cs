namespace Customs.Declarations.Contracts;

/// <summary>Release of the declaration's goods was refused (by an officer, or because the goods were seized).</summary>
public sealed record ReleaseRefused
{
    public required Guid DeclarationId { get; init; }

    public required string RegistrationNumber { get; init; }

    public required DateTimeOffset RefusedAt { get; init; }

    public required string Reason { get; init; }

    public required string LegalBasis { get; init; }
}
