using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Penalties;

namespace Customs.Payments.Api.Domain.Deferrals;

/// <summary>One part of the schedule: the principal due on a day and its interest (Art. 336(2): paid with it at the latest).</summary>
public sealed record Instalment(int Number, DateOnly DueOn, decimal PrincipalRub, decimal InterestRub, IReadOnlyList<PenaltyPart> InterestParts)
{
    /// <summary>Art. 333(4): the category deferred; null for a part of the whole amount.</summary>
    public PaymentCategory? Category { get; init; }
}
