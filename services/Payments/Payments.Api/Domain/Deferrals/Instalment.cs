using Customs.Payments.Api.Domain.Penalties;

namespace Customs.Payments.Api.Domain.Deferrals;

/// <summary>One part of the schedule: the principal due on a day and its interest (Art. 336(2): paid with it at the latest).</summary>
public sealed record Instalment(int Number, DateOnly DueOn, decimal PrincipalRub, decimal InterestRub, IReadOnlyList<PenaltyPart> InterestParts);
