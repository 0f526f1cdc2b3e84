namespace Customs.BuildingBlocks.ReferenceData;

/// <summary>One value of a parameter, in force from <see cref="From"/> to <see cref="Until"/> (both inclusive; open-ended when null).</summary>
public sealed record EffectiveValue<T>(DateOnly From, DateOnly? Until, T Value, LegalReference Reference)
{
    public bool Covers(DateOnly date) => date >= From && (Until is null || date <= Until);
}
