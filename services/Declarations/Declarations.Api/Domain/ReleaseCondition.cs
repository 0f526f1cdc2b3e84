namespace Customs.Declarations.Api.Domain;

public enum ReleaseConditionKind
{
    Unspecified = 0,
    IpScreening = 1,
    CustomsControl = 2,
    Payments = 3,
    Permits = 4,
}

/// <summary>One condition of release: whether it holds, and when it does not, who must act, by when, and on what basis.</summary>
public sealed record ReleaseCondition(ReleaseConditionKind Kind, bool Met, string WaitingFor, DateOnly? Until, string LegalBasis, string Note, string? Reason = null);
