using Customs.ServiceDefaults;

namespace Customs.Declarations.Api.Domain;

/// <summary>An action the law does not allow in the declaration's present state (answered as FailedPrecondition).</summary>
public sealed class DeclarationRuleException(string reason, string message, string? legalBasis = null)
    : RuleViolationException(reason, message, legalBasis);
