namespace Customs.Payments.Contracts;

/// <summary>
/// A declaration was assessed again on an established quantity or value, at the rates of its acceptance date;
/// <see cref="DifferenceRub"/> is to pay when positive, to refund when negative.
/// </summary>
public sealed record AssessmentRevised
{
    public required string DeclarationId { get; init; }

    public required int Version { get; init; }

    public required DateOnly AcceptanceDate { get; init; }

    public required decimal TotalRub { get; init; }

    public required decimal DifferenceRub { get; init; }

    public required string Reason { get; init; }

    public required DateTimeOffset AssessedAt { get; init; }
}
