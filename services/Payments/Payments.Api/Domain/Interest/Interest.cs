using Customs.Payments.Api.Domain.Penalties;

namespace Customs.Payments.Api.Domain.Interest;

/// <summary>Interest at the refinancing rate for the days from <see cref="FirstDay"/> to <see cref="LastDay"/>; one part per rate.</summary>
public sealed record Interest(decimal AmountRub, DateOnly? FirstDay, DateOnly? LastDay, IReadOnlyList<PenaltyPart> Parts)
{
    public static Interest None { get; } = new(0, null, null, []);
}
