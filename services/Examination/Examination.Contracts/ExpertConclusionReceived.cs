namespace Customs.Examination.Contracts;

/// <summary>An expert's conclusion of an analysis was received (Art. 379); customs takes it into account in its decisions (379(5)).</summary>
public sealed record ExpertConclusionReceived
{
    public required Guid AnalysisId { get; init; }

    public required Guid DeclarationId { get; init; }

    /// <summary><c>primary</c>, <c>additional</c> or <c>second</c> (Art. 380).</summary>
    public required string Kind { get; init; }

    public required int ConclusionNumber { get; init; }

    public required IReadOnlyList<string> SignedBy { get; init; }

    public required string Conclusions { get; init; }

    /// <summary>False when the expert could not conclude (Art. 381(1)[4]).</summary>
    public required bool Clear { get; init; }

    /// <summary>Every expert of the resolution has signed.</summary>
    public required bool AnalysisConcluded { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }
}
