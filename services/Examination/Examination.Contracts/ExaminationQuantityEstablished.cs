namespace Customs.Examination.Contracts;

/// <summary>
/// An inspection or examination found a quantity that does not tally with the declared one, so customs determines it
/// (Arts. 371(3), 372(5)). The Declarations service records it on the declaration, which Payments reassesses.
/// </summary>
public sealed record ExaminationQuantityEstablished
{
    public required Guid ExaminationId { get; init; }

    public required Guid DeclarationId { get; init; }

    public required int ItemNumber { get; init; }

    public required decimal DeclaredQuantity { get; init; }

    public required decimal EstablishedQuantity { get; init; }

    public required string Unit { get; init; }

    /// <summary><c>inspection</c> or <c>examination</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The officer who completed the record.</summary>
    public required string OfficerId { get; init; }

    public required DateTimeOffset EstablishedAt { get; init; }
}
