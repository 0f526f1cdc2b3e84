using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Customs.BuildingBlocks.Data;

/// <summary>
/// The one convention for enum values stored in PostgreSQL, in JSON documents and in events: lower_snake_case of the
/// member's name (RightHolder → right_holder). Reading accepts only the codes of defined members, never a number.
/// </summary>
public static partial class EnumCodes
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, object>> ByCode = new();

    public static string Of<T>(T value) where T : struct, Enum =>
        Enum.IsDefined(value)
            ? Snake().Replace(value.ToString(), "$1_$2").ToLowerInvariant()
            : throw new ArgumentOutOfRangeException(nameof(value), $"{Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)} is not a {typeof(T).Name}.");

    public static T Parse<T>(string code) where T : struct, Enum =>
        TryParse<T>(code, out var value) ? value : throw new FormatException($"'{code}' is not a code of {typeof(T).Name}.");

    public static bool TryParse<T>(string? code, [NotNullWhen(true)] out T value) where T : struct, Enum
    {
        var codes = ByCode.GetOrAdd(typeof(T), _ => Enum.GetValues<T>().ToDictionary(v => Of(v), v => (object)v));
        if (code is not null && codes.TryGetValue(code, out var found))
        {
            value = (T)found;
            return true;
        }

        value = default;
        return false;
    }

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex Snake();
}
