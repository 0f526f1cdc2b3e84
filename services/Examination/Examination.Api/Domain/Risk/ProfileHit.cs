namespace Customs.Examination.Api.Domain.Risk;

/// <summary>A profile that hit a declaration: which criteria held, and whether the hit was selected and why.</summary>
public sealed record ProfileHit(Guid ProfileId, int ProfileVersion, string ProfileName, Lane Lane, bool Selected, IReadOnlyList<string> Matched, string Selection);
