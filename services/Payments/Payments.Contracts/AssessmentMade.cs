namespace Customs.Payments.Contracts;

/// <summary>The customs payments of a declaration were assessed (Arts. 318, 322-327): what it owes, in roubles.</summary>
public sealed record AssessmentMade
{
    public required string DeclarationId { get; init; }

    public required int Version { get; init; }

    public required DateOnly AcceptanceDate { get; init; }

    public required decimal TotalRub { get; init; }

    public required DateTimeOffset AssessedAt { get; init; }
}
