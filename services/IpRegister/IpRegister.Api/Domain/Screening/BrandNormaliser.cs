using System.Globalization;
using System.Text;

namespace Customs.IpRegister.Api.Domain.Screening;

/// <summary>
/// Brand text as the register compares it: case, spacing and punctuation, accents, and Cyrillic letters that look
/// like Latin ones are all folded, so "XIAOMI", "Xiao-mi" and "ХIАОМI" (Cyrillic Х, А, О, М) are one brand.
/// </summary>
public static class BrandNormaliser
{
    private static readonly Dictionary<char, char> LookAlikes = new()
    {
        ['а'] = 'a', ['в'] = 'b', ['е'] = 'e', ['ё'] = 'e', ['з'] = '3', ['і'] = 'i', ['ї'] = 'i', ['ј'] = 'j',
        ['к'] = 'k', ['м'] = 'm', ['н'] = 'h', ['о'] = 'o', ['п'] = 'n', ['р'] = 'p', ['с'] = 'c', ['ѕ'] = 's',
        ['т'] = 't', ['у'] = 'y', ['х'] = 'x', ['ԁ'] = 'd', ['ԛ'] = 'q', ['ԝ'] = 'w',
    };

    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var result = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || !char.IsLetterOrDigit(c))
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            result.Append(LookAlikes.TryGetValue(lower, out var latin) ? latin : lower);
        }

        return result.ToString();
    }
}
