namespace Customs.Examination.Contracts;

/// <summary>
/// Customs determined the customs value of a goods item itself (Art. 323(7)), on an inspection's or examination's record or
/// an expert's conclusion. The Declarations service records it on the declaration, which Payments reassesses.
/// </summary>
public sealed record ExaminationValueEstablished
{
    public required Guid DecisionId { get; init; }

    public required Guid DeclarationId { get; init; }

    public required int ItemNumber { get; init; }

    public required decimal CustomsValue { get; init; }

    /// <summary>ISO 4217; converted at the rate of the acceptance date (Art. 326).</summary>
    public required string Currency { get; init; }

    /// <summary>1 (transaction value) to 6 (fall-back).</summary>
    public required int ValuationMethod { get; init; }

    /// <summary><c>examination</c> or <c>expert_analysis</c>: what the value was determined on.</summary>
    public required string BasisKind { get; init; }

    public required Guid BasisId { get; init; }

    /// <summary>The office's written decision (323(7)).</summary>
    public required string DecisionReference { get; init; }

    public required string OfficerId { get; init; }

    public required DateTimeOffset EstablishedAt { get; init; }
}
