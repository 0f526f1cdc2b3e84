using System.Collections.Concurrent;

namespace Customs.ServiceDefaults;

/// <summary>
/// Enums between proto, domain and event contracts map by member name, never by number: each pair's table is built once
/// and a source member without a same-named target member fails (the services' EnumMapTests check every pair).
/// </summary>
public static class EnumMap
{
    private static readonly ConcurrentDictionary<(Type From, Type To), IReadOnlyDictionary<string, object>> Tables = new();

    public static TTo To<TTo>(Enum value) where TTo : struct, Enum
    {
        var table = Table(value.GetType(), typeof(TTo));
        var name = Enum.GetName(value.GetType(), value)
            ?? throw new ArgumentOutOfRangeException(nameof(value), $"{Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)} is not a {value.GetType().Name}.");
        return (TTo)table[name];
    }

    /// <summary>Every member of <paramref name="from"/> named in <paramref name="to"/>: the check EnumMapTests run for each pair.</summary>
    public static IReadOnlyList<string> Unmapped(Type from, Type to) =>
        [.. Enum.GetNames(from).Where(name => !Enum.GetNames(to).Contains(name))];

    /// <summary>
    /// What a service's EnumMapTests check: each pair maps both ways, and every enum generated from the service's protos
    /// (<paramref name="protoNamespace"/> of <paramref name="protoAssembly"/>) has a pair unless it is listed as computed.
    /// </summary>
    public static IReadOnlyList<string> Problems(
        IEnumerable<(Type Proto, Type Other)> pairs, System.Reflection.Assembly protoAssembly, string protoNamespace, params Type[] computed)
    {
        var list = pairs.ToList();
        var problems = list
            .SelectMany(p => Unmapped(p.Proto, p.Other).Select(m => $"{p.Other.FullName} lacks {m}")
                .Concat(Unmapped(p.Other, p.Proto).Select(m => $"{p.Proto.FullName} lacks {m}")))
            .ToList();
        problems.AddRange(protoAssembly.GetTypes()
            .Where(t => t.IsEnum && t.Namespace == protoNamespace && !computed.Contains(t) && list.All(p => p.Proto != t))
            .Select(t => $"{t.FullName} has no pair"));
        return problems;
    }

    private static IReadOnlyDictionary<string, object> Table(Type from, Type to) => Tables.GetOrAdd((from, to), key =>
    {
        if (Unmapped(key.From, key.To) is { Count: > 0 } missing)
        {
            throw new InvalidOperationException($"{key.From.FullName} has members that {key.To.FullName} lacks: {string.Join(", ", missing)}.");
        }

        return Enum.GetNames(key.From).ToDictionary(name => name, name => Enum.Parse(key.To, name));
    });
}
