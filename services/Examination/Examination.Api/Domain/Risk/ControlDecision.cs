namespace Customs.Examination.Api.Domain.Risk;

/// <summary>The control decision of a registered declaration: lane, forms, the profiles that hit, why, and the seed of its draws.</summary>
public sealed record ControlDecision(
    Lane Lane, IReadOnlyList<ControlForm> Forms, IReadOnlyList<ProfileHit> Hits, SelectedBy SelectedBy, IReadOnlyList<string> Reasons,
    IReadOnlyList<string> ExemptionsApplied, string Seed);
