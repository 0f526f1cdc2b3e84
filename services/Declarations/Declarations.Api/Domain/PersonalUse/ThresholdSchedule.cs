namespace Customs.Declarations.Api.Domain.PersonalUse;

/// <summary>The thresholds over time; a declaration uses those in force on its acceptance date (Art. 325).</summary>
public sealed class ThresholdSchedule
{
    private readonly PersonalUseThresholds[] _entries;

    public ThresholdSchedule(IEnumerable<PersonalUseThresholds> entries)
    {
        _entries = [.. entries.OrderBy(e => e.EffectiveFrom)];
        if (_entries.Length == 0)
        {
            throw new ArgumentException("A threshold schedule needs at least one entry.", nameof(entries));
        }
    }

    public PersonalUseThresholds InForceOn(DateOnly date) =>
        _entries.LastOrDefault(e => e.EffectiveFrom <= date)
        ?? throw new InvalidOperationException($"No personal-use thresholds were in force on {date:yyyy-MM-dd}.");
}
