namespace Customs.Examination.Api.Domain.Experts;

/// <summary>A request under Art. 382(1) and its answer: a resolution when granted, a motivated written refusal (382(2)).</summary>
public sealed record DeclarantRequest(
    int Number, DeclarantRight Right, string Text, IReadOnlyList<string> Questions, bool Granted, string Motivation, string DecidedBy, DateOnly DecidedOn);
