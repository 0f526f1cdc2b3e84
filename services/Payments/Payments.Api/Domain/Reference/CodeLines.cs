using Customs.BuildingBlocks.ReferenceData;

namespace Customs.Payments.Api.Domain.Reference;

/// <summary>Values by commodity code: the line of the longest prefix of a code applies (a heading, refined by subheadings).</summary>
public sealed class CodeLines<T>(string name, IReadOnlyDictionary<string, EffectiveSchedule<T>> lines)
{
    public string Name { get; } = name;

    public IReadOnlyDictionary<string, EffectiveSchedule<T>> Lines { get; } = lines;

    /// <summary>The line of the longest prefix of <paramref name="code"/>, or null when no line matches.</summary>
    public (string Prefix, EffectiveSchedule<T> Schedule)? Find(string code) =>
        Lines.Where(l => code.StartsWith(l.Key, StringComparison.Ordinal)).OrderByDescending(l => l.Key.Length)
            .Select(l => ((string, EffectiveSchedule<T>)?)(l.Key, l.Value)).FirstOrDefault();

    /// <summary>Every value in force on <paramref name="date"/> (Art. 327(2): the highest of them when the code is unknown).</summary>
    public IEnumerable<(string Prefix, EffectiveValue<T> Value)> InForce(DateOnly date) =>
        Lines.Select(l => (l.Key, l.Value.At(date))).Where(l => l.Item2 is not null).Select(l => (l.Key, l.Item2!));
}
