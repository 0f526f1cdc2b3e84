using System.Text.RegularExpressions;

namespace Customs.IpRegister.Api.Data;

/// <summary>Enum values as stored and published: lower_snake_case (RightHolder → right_holder).</summary>
public static partial class Codes
{
    public static string Of<T>(T value) where T : struct, Enum =>
        Snake().Replace(value.ToString(), "$1_$2").ToLowerInvariant();

    public static T Parse<T>(string code) where T : struct, Enum =>
        Enum.Parse<T>(code.Replace("_", "", StringComparison.Ordinal), ignoreCase: true);

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex Snake();
}
