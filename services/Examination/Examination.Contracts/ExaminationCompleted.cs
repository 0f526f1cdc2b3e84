namespace Customs.Examination.Contracts;

/// <summary>An inspection (Art. 371) or examination (Art. 372) of a declaration's goods was completed with its record.</summary>
public sealed record ExaminationCompleted
{
    public required Guid ExaminationId { get; init; }

    public required Guid DeclarationId { get; init; }

    public required string RegistrationNumber { get; init; }

    /// <summary><c>inspection</c> or <c>examination</c>.</summary>
    public required string Kind { get; init; }

    public required IReadOnlyList<ExaminedItem> Findings { get; init; }

    public required bool FoundDiscrepancy { get; init; }

    public required string Results { get; init; }

    public required DateTimeOffset CompletedAt { get; init; }
}
