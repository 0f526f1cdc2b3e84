using Customs.Payments.Api.Domain.Refunds;

namespace Customs.Payments.Api.Application;

/// <summary>A refund request as kept and, once decided, its resolution.</summary>
public sealed record StoredRefund(Guid Id, RefundRequest Request, RefundDecision? Decision);
