namespace Customs.Examination.Api.Domain.Experts;

/// <summary>A request of an expert of the resolution under Art. 381(1) and the office's answer.</summary>
public sealed record ExpertRequest(
    int Number, ExpertRight Right, string Expert, string Text, IReadOnlyList<string> GrantedItems, bool Granted, string Motivation, string DecidedBy,
    DateOnly DecidedOn);
