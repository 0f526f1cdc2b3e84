namespace Customs.BuildingBlocks.ReferenceData;

/// <summary>
/// The values one parameter has had, each with its period and legal reference. Periods never overlap (refused on load,
/// <see cref="ReferenceDataException"/>); a date that no period covers has no value (<see cref="At"/> answers null and the
/// caller says so), never a neighbouring one by default.
/// </summary>
public sealed class EffectiveSchedule<T>
{
    private readonly EffectiveValue<T>[] _values;

    public EffectiveSchedule(string name, IEnumerable<EffectiveValue<T>> values)
    {
        Name = name;
        _values = [.. values.OrderBy(v => v.From)];
        foreach (var value in _values.Where(v => v.Until < v.From))
        {
            throw new ReferenceDataException($"{name}: the period from {value.From:yyyy-MM-dd} ends before it begins ({value.Until:yyyy-MM-dd}).");
        }

        for (var i = 1; i < _values.Length; i++)
        {
            var (previous, next) = (_values[i - 1], _values[i]);
            if (previous.Until is null || previous.Until >= next.From)
            {
                throw new ReferenceDataException(
                    $"{name}: the period from {previous.From:yyyy-MM-dd} overlaps the one from {next.From:yyyy-MM-dd}; periods of one parameter never overlap.");
            }
        }
    }

    public string Name { get; }

    public IReadOnlyList<EffectiveValue<T>> Values => _values;

    /// <summary>The value in force on <paramref name="date"/>, or null when no period covers it.</summary>
    public EffectiveValue<T>? At(DateOnly date)
    {
        // A loop rather than FirstOrDefault: every assessed figure asks, and a lambda capturing the date allocates each time.
        foreach (var value in _values)
        {
            if (value.Covers(date))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The values in force on each day from <paramref name="first"/> to <paramref name="last"/>, cut to that span, or null if a day is uncovered.</summary>
    public IReadOnlyList<EffectiveValue<T>>? Across(DateOnly first, DateOnly last)
    {
        var parts = new List<EffectiveValue<T>>();
        for (var day = first; day <= last;)
        {
            if (At(day) is not { } value)
            {
                return null;
            }

            var end = value.Until is { } until && until < last ? until : last;
            parts.Add(value with { From = day, Until = end });
            day = end.AddDays(1);
        }

        return parts;
    }
}
