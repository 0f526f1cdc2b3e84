using Customs.ServiceDefaults;

namespace Customs.IpRegister.Api.Domain.Suspensions;

/// <summary>A request the law does not allow in the suspension's present state (answered as FailedPrecondition).</summary>
public sealed class SuspensionRuleException(string reason, string message, string legalBasis)
    : RuleViolationException(reason, message, legalBasis);
