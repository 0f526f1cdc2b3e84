using Customs.Payments.Api.Domain.Deferrals;

namespace Customs.Payments.Api.Application;

/// <summary>A deferral request as kept: its id, the request and, once decided, the decision.</summary>
public sealed record StoredDeferral(Guid Id, DeferralRequest Request, DeferralDecision? Decision);
