namespace Customs.IpRegister.Api.Domain.Screening;

/// <summary>Commodity codes: an entry may name a heading (4 digits) or a subheading; a declared 10-digit code falls under it.</summary>
public static class TariffCode
{
    public static string Normalise(string? code) =>
        code is null ? string.Empty : new string([.. code.Where(char.IsAsciiDigit)]);

    /// <summary>The prefixes a declared code is looked up by: its first 4 to 10 digits.</summary>
    public static IReadOnlyList<string> LookupPrefixes(string declaredCode)
    {
        var digits = Normalise(declaredCode);
        return [.. Enumerable.Range(4, 7).Where(n => digits.Length >= n).Select(n => digits[..n])];
    }

    public static bool Covers(string registeredCode, string declaredCode)
    {
        var registered = Normalise(registeredCode);
        return registered.Length > 0 && Normalise(declaredCode).StartsWith(registered, StringComparison.Ordinal);
    }
}
