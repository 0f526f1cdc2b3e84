namespace Customs.Payments.Api.Domain.Penalties;

/// <summary>A penalty for the days from <see cref="FirstDay"/> to <see cref="LastDay"/>; no days and nothing when paid in time.</summary>
public sealed record Penalty(decimal AmountRub, DateOnly? FirstDay, DateOnly? LastDay, IReadOnlyList<PenaltyPart> Parts);
