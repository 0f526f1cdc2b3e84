using Customs.Payments.Api.Domain.Assessment;

namespace Customs.Payments.Api.Domain.Penalties;

public sealed record PenaltyPart(DateOnly From, DateOnly Until, int Days, decimal RatePercent, decimal AmountRub, Trace Trace)
{
    /// <summary>The amount the part is charged on (the arrears, or the deferred duties for interest); 0 on parts stored before it was kept.</summary>
    public decimal BaseRub { get; init; }
}
