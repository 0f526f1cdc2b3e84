namespace Customs.Examination.Api.Domain.Experts;

/// <summary>
/// A request of an expert of the resolution under Art. 381(1) and the office's answer. Filed by the expert itself it is
/// <see cref="Pending"/> until an officer answers; recorded by an officer it carries the answer at once.
/// </summary>
public sealed record ExpertRequest(
    int Number, ExpertRight Right, string Expert, string Text, IReadOnlyList<string> GrantedItems, bool Granted, string Motivation, string DecidedBy,
    DateOnly DecidedOn)
{
    /// <summary>Filed and not answered yet.</summary>
    public bool Pending { get; init; }

    /// <summary>Who filed it (the expert's caller, or the officer who recorded it) and the office's day.</summary>
    public string? FiledBy { get; init; }

    public DateOnly? FiledOn { get; init; }
}
