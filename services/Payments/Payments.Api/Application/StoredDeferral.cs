using Customs.Payments.Api.Domain.Deferrals;

namespace Customs.Payments.Api.Application;

/// <summary>A deferral request as kept: its id, the request and, once decided, the decision; once rescinded (Art. 335(2)), the rescission.</summary>
public sealed record StoredDeferral(Guid Id, DeferralRequest Request, DeferralDecision? Decision)
{
    public DeferralRescission? Rescission { get; init; }
}
