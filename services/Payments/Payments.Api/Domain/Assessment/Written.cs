using System.Globalization;
using System.Runtime.CompilerServices;

namespace Customs.Payments.Api.Domain.Assessment;

/// <summary>
/// How figures are written in traces: invariant, thousands separated, two decimals for money. What the custom formats
/// "#,0.00", "#,0.00##" and "#,0.######" give (WrittenTests checks them against each other) at a fraction of their cost:
/// every figure of every assessment writes several, and custom numeric formats are parsed again on each call. A value
/// that needs no rounding is written from its digits by hand; any other with the standard "N" formats, trailing zeros trimmed.
/// </summary>
public static class Written
{
    private static readonly ConditionalWeakTable<object, string> Texts = [];

    public static string Rub(decimal amount) => Write(amount, "N2", 2, 2, " RUB");

    /// <summary>Two decimals at least, four at most: "#,0.00##".</summary>
    public static string Of(decimal amount, string currency) => Write(amount, "N4", 4, 2, " " + currency);

    /// <summary>Six decimals at most, none when whole: "#,0.######".</summary>
    public static string Plain(decimal value) => Write(value, "N6", 6, 0, "");

    /// <summary>As <see cref="Rub"/>, written straight into an interpolated string (no string of its own).</summary>
    public static WrittenNumber InRub(decimal amount) => new(amount, WrittenNumber.Style.Rub);

    /// <summary>As <see cref="Plain"/>, written straight into an interpolated string (no string of its own).</summary>
    public static WrittenNumber InPlain(decimal value) => new(value, WrittenNumber.Style.Plain);

    /// <summary>
    /// The text of a value of the reference data (its legal reference, a tariff rate), written once per value: the
    /// reference book's values live as long as the service and never change.
    /// </summary>
    public static string Once(object value) => Texts.GetValue(value, static v => v.ToString() ?? "");

    /// <summary>As <see cref="Once(object)"/>, with the text written by <paramref name="write"/>: one text per value, whoever asks.</summary>
    public static string Once(object value, ConditionalWeakTable<object, string>.CreateValueCallback write) => Texts.GetValue(value, write);

    /// <summary>The value in a standard "N" format of <paramref name="decimals"/>, its trailing zeros trimmed to <paramref name="keep"/>.</summary>
    private static string Write(decimal value, string format, int decimals, int keep, string suffix)
    {
        Span<char> buffer = stackalloc char[96];
        return TryWrite(value, format, decimals, keep, suffix, buffer, out var length)
            ? new string(buffer[..length])
            : throw new InvalidOperationException($"{value} does not fit the trace's buffer.");
    }

    internal static bool TryWrite(decimal value, string format, int decimals, int keep, string suffix, Span<char> destination, out int written)
    {
        if (TryWriteExact(value, decimals, keep, suffix, destination, out written) is { } done)
        {
            return done;
        }

        if (!value.TryFormat(destination, out var length, format, CultureInfo.InvariantCulture))
        {
            return false;
        }

        var point = length - decimals - 1;
        var end = length;
        while (end > point + 1 + keep && destination[end - 1] == '0')
        {
            end--;
        }

        if (end == point + 1)
        {
            end = point;
        }

        if (!suffix.AsSpan().TryCopyTo(destination[end..]))
        {
            return false;
        }

        written = end + suffix.Length;
        return true;
    }

    private static readonly ulong[] PowersOfTen = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000];

    /// <summary>
    /// The common case written by hand: a value that needs no rounding (at most <paramref name="decimals"/> decimals) and whose
    /// digits fit in 64 bits, which every amount, rate and quantity of an assessment is. Null when the value is not such a
    /// one (zero too, for its sign), and the "N" format writes it. Integer arithmetic on the decimal's own digits, where the
    /// "N" format of a decimal costs several times as much.
    /// </summary>
    private static bool? TryWriteExact(decimal value, int decimals, int keep, string suffix, Span<char> destination, out int written)
    {
        written = 0;
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        var digits = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        if (bits[2] != 0 || scale > decimals || scale >= PowersOfTen.Length || digits == 0)
        {
            return null;
        }

        var whole = digits / PowersOfTen[scale];
        var fraction = digits % PowersOfTen[scale];
        var shown = scale;
        while (shown > keep && fraction % 10 == 0)
        {
            fraction /= 10;
            shown--;
        }

        // Fewer decimals than kept: zeros to the right of the digits there are.
        var padding = Math.Max(keep - shown, 0);
        var fractionLength = shown + padding;
        Span<char> integer = stackalloc char[27];
        var start = integer.Length;
        var group = 0;
        do
        {
            if (group++ == 3)
            {
                integer[--start] = ',';
                group = 1;
            }

            integer[--start] = (char)('0' + (int)(whole % 10));
            whole /= 10;
        }
        while (whole != 0);

        var negative = bits[3] < 0;
        var length = (negative ? 1 : 0) + (integer.Length - start) + (fractionLength > 0 ? 1 + fractionLength : 0) + suffix.Length;
        if (length > destination.Length)
        {
            return false;
        }

        var at = 0;
        if (negative)
        {
            destination[at++] = '-';
        }

        integer[start..].CopyTo(destination[at..]);
        at += integer.Length - start;
        if (fractionLength > 0)
        {
            destination[at++] = '.';
            for (var i = shown - 1; i >= 0; i--)
            {
                destination[at + i] = (char)('0' + (int)(fraction % 10));
                fraction /= 10;
            }

            at += shown;
            destination.Slice(at, padding).Fill('0');
            at += padding;
        }

        suffix.AsSpan().CopyTo(destination[at..]);
        written = at + suffix.Length;
        return true;
    }
}

/// <summary>A figure as <see cref="Written"/> writes it, formatted where it is interpolated.</summary>
public readonly struct WrittenNumber(decimal value, WrittenNumber.Style style) : ISpanFormattable
{
    public enum Style
    {
        Rub,
        Plain,
    }

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) => style == Style.Rub
        ? Written.TryWrite(value, "N2", 2, 2, " RUB", destination, out charsWritten)
        : Written.TryWrite(value, "N6", 6, 0, "", destination, out charsWritten);

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    public override string ToString() => style == Style.Rub ? Written.Rub(value) : Written.Plain(value);
}
