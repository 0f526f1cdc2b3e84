namespace Customs.ServiceDefaults;

/// <summary>A rule is not met in the present state (answered as <c>FailedPrecondition</c>): the same request may succeed later.</summary>
public class RuleViolationException(string reason, string message, string? legalBasis = null)
    : DomainException(reason, message, legalBasis);
