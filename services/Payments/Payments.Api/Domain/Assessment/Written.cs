using System.Globalization;
using System.Runtime.CompilerServices;

namespace Customs.Payments.Api.Domain.Assessment;

/// <summary>
/// How figures are written in traces: invariant, thousands separated, two decimals for money. Written with the standard
/// "N" formats and trailing zeros trimmed, which give what the custom formats "#,0.00", "#,0.00##" and "#,0.######" give
/// (WrittenTests checks them against each other) at a fraction of their cost: every figure of every assessment writes
/// several, and custom numeric formats are parsed again on each call.
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
        written = 0;
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
