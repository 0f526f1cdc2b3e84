namespace Customs.Declarations.Contracts;

/// <summary>
/// Customs determined the quantity of a goods item itself (Arts. 371(3), 372(5)); both figures are given so Payments can
/// reassess the duties.
/// </summary>
public sealed record QuantityEstablished
{
    public required Guid DeclarationId { get; init; }

    public required string RegistrationNumber { get; init; }

    public required int ItemNumber { get; init; }

    public required decimal DeclaredQuantity { get; init; }

    public required decimal EstablishedQuantity { get; init; }

    public required string Unit { get; init; }

    public required DateOnly AcceptanceDate { get; init; }

    public required DateTimeOffset EstablishedAt { get; init; }

    public required string LegalBasis { get; init; }
}
