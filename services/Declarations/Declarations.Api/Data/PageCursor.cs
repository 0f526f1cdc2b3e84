using System.Globalization;
using System.Text;

namespace Customs.Declarations.Api.Data;

/// <summary>An opaque keyset position: the last row's sort key and id.</summary>
public sealed record PageCursor(DateTimeOffset After, Guid AfterId)
{
    public string Encode() =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{After.UtcTicks.ToString(CultureInfo.InvariantCulture)}:{AfterId:N}"));

    public static bool TryDecode(string? token, out PageCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(token))
        {
            return true;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(token)).Split(':');
            if (parts.Length == 2 && long.TryParse(parts[0], CultureInfo.InvariantCulture, out var ticks)
                && ticks >= DateTimeOffset.MinValue.UtcTicks && ticks <= DateTimeOffset.MaxValue.UtcTicks && Guid.TryParse(parts[1], out var id))
            {
                cursor = new PageCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id);
                return true;
            }
        }
        catch (FormatException)
        {
        }

        return false;
    }
}
