using Customs.BuildingBlocks.ReferenceData;

namespace Customs.Payments.Api.Domain.Reference;

/// <summary>Values by commodity code: the line of the longest prefix of a code applies (a heading, refined by subheadings).</summary>
public sealed class CodeLines<T>(string name, IReadOnlyDictionary<string, EffectiveSchedule<T>> lines)
{
    public string Name { get; } = name;

    public IReadOnlyDictionary<string, EffectiveSchedule<T>> Lines { get; } = lines;

    private readonly Dictionary<string, EffectiveSchedule<T>>.AlternateLookup<ReadOnlySpan<char>> _byPrefix =
        new Dictionary<string, EffectiveSchedule<T>>(lines, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The lengths of the lines' prefixes, longest first: a tariff of headings has only one.</summary>
    private readonly int[] _prefixLengths = [.. lines.Keys.Select(k => k.Length).Distinct().OrderDescending()];

    /// <summary>The line of the longest prefix of <paramref name="code"/>, or null when no line matches.</summary>
    /// <remarks>
    /// Tries the code's prefixes from the longest down, only of the lengths some line has (a heading's four digits, a
    /// subheading's six...), without a string for each.
    /// </remarks>
    public (string Prefix, EffectiveSchedule<T> Schedule)? Find(string code)
    {
        foreach (var length in _prefixLengths)
        {
            if (length <= code.Length && _byPrefix.TryGetValue(code.AsSpan(0, length), out var prefix, out var schedule))
            {
                return (prefix, schedule);
            }
        }

        return null;
    }

    /// <summary>Every value in force on <paramref name="date"/> (Art. 327(2): the highest of them when the code is unknown).</summary>
    public IEnumerable<(string Prefix, EffectiveValue<T> Value)> InForce(DateOnly date) =>
        Lines.Select(l => (l.Key, l.Value.At(date))).Where(l => l.Item2 is not null).Select(l => (l.Key, l.Item2!));
}
