namespace Customs.Examination.Api.Domain.Experts;

/// <summary>
/// A request under Art. 382(1) and its answer: a resolution when granted, a motivated written refusal (382(2)). Filed by the
/// declarant itself it is <see cref="Pending"/> until an officer answers; recorded by an officer it carries the answer at once.
/// </summary>
public sealed record DeclarantRequest(
    int Number, DeclarantRight Right, string Text, IReadOnlyList<string> Questions, bool Granted, string Motivation, string DecidedBy, DateOnly DecidedOn)
{
    /// <summary>Filed and not answered yet (Granted, Motivation, DecidedBy and DecidedOn say nothing until then).</summary>
    public bool Pending { get; init; }

    /// <summary>Who filed it (the declarant's taxpayer number, or the officer who recorded it) and the office's day.</summary>
    public string? FiledBy { get; init; }

    public DateOnly? FiledOn { get; init; }
}
