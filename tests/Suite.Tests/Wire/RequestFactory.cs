using System.Collections;
using System.Globalization;
using Customs.Types.V1;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Type;

namespace Customs.Suite.Tests.Wire;

/// <summary>
/// Requests of any RPC built from its descriptor with a seeded random: well shaped (within the proto's limits, defined
/// enum values, whole dates) or with one malformed value somewhere in the tree.
/// </summary>
internal static class RequestFactory
{
    private static readonly string[] Texts =
        ["", "10005000", "7707083894", "500100732259", "6403990000", "RU", "kg", "Nike", "Moscow, Tverskaya 1", "x", "Ünïcødé ✓", "  "];

    public static IMessage WellShaped(MessageDescriptor descriptor, Random random, int depth = 0)
    {
        var message = descriptor.Parser.ParseFrom(ByteString.Empty);
        foreach (var field in descriptor.Fields.InDeclarationOrder())
        {
            if (random.Next(3) == 0 || (depth > 3 && field.FieldType == FieldType.Message))
            {
                continue;
            }

            if (field.IsRepeated)
            {
                var list = (IList)field.Accessor.GetValue(message);
                for (var i = random.Next(4); i > 0; i--)
                {
                    list.Add(Value(field, random, depth));
                }
            }
            else
            {
                field.Accessor.SetValue(message, Value(field, random, depth));
            }
        }

        return message;
    }

    /// <summary>A well-shaped request with one value somewhere in it that the wire rules refuse.</summary>
    public static IMessage Malformed(MessageDescriptor descriptor, Random random)
    {
        var message = WellShaped(descriptor, random);
        Malform(message, random, 0);
        return message;
    }

    private static void Malform(IMessage message, Random random, int depth)
    {
        var fields = message.Descriptor.Fields.InDeclarationOrder().Where(f => CanMalform(f, depth)).ToList();
        if (fields.Count == 0)
        {
            throw new InvalidOperationException($"{message.Descriptor.FullName} has no field a malformed value can go in.");
        }

        var field = fields[random.Next(fields.Count)];
        if (field.FieldType == FieldType.Message && !IsValueType(field.MessageType))
        {
            var nested = field.IsRepeated ? field.MessageType.Parser.ParseFrom(ByteString.Empty) : (IMessage?)field.Accessor.GetValue(message)
                ?? field.MessageType.Parser.ParseFrom(ByteString.Empty);
            Malform(nested, random, depth + 1);
            Set(message, field, nested);
            return;
        }

        Set(message, field, Bad(field, random));
    }

    /// <summary>
    /// Whether a malformed value can go in the field at this depth: a string or an enum, a date, money or decimal,
    /// or a message (three levels down at most) with such a field of its own.
    /// </summary>
    private static bool CanMalform(FieldDescriptor field, int depth) => field.FieldType switch
    {
        FieldType.String or FieldType.Enum => true,
        FieldType.Message when depth < 3 => IsValueType(field.MessageType)
            || field.MessageType.Fields.InDeclarationOrder().Any(f => CanMalform(f, depth + 1)),
        _ => false,
    };

    private static void Set(IMessage message, FieldDescriptor field, object value)
    {
        if (field.IsRepeated)
        {
            ((IList)field.Accessor.GetValue(message)).Add(value);
        }
        else
        {
            field.Accessor.SetValue(message, value);
        }
    }

    private static object Bad(FieldDescriptor field, Random random) => field.FieldType switch
    {
        FieldType.String => random.Next(5) switch
        {
            0 => "abc\0def",
            1 => new string('9', 1_048_576),
            2 => new string('a', MaxLength(field) + 1),
            3 => "bell\u0007",
            _ => "\u0085next line",
        },
        FieldType.Enum => Enum.ToObject(field.EnumType.ClrType, random.Next(2) == 0 ? 999 : -7),
        _ => field.MessageType.FullName switch
        {
            "google.type.Date" => random.Next(3) switch
            {
                0 => new Date { Year = 10_000, Month = 1, Day = 1 },
                1 => new Date { Year = 2026, Month = 2, Day = 30 },
                _ => new Date { Year = int.MaxValue, Month = 12, Day = 31 },
            },
            "google.type.Money" => new Money { CurrencyCode = "RUB", Units = long.MaxValue },
            "google.type.Decimal" => new Google.Type.Decimal { Value = random.Next(3) switch { 0 => "1e400", 1 => "12,5", _ => new string('9', 30) } },
            _ => throw new InvalidOperationException($"No malformed value for {field.MessageType.FullName}."),
        },
    };

    private static object Value(FieldDescriptor field, Random random, int depth) => field.FieldType switch
    {
        FieldType.String => random.Next(4) == 0 ? Guid.NewGuid().ToString() : Fit(Texts[random.Next(Texts.Length)], MaxLength(field)),
        FieldType.Bool => random.Next(2) == 0,
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => new[] { 0, 1, 2, -1, 12, int.MaxValue, int.MinValue }[random.Next(7)],
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => new[] { 0L, 1L, -1L, long.MaxValue }[random.Next(4)],
        FieldType.Enum => Enum.ToObject(field.EnumType.ClrType, field.EnumType.Values[random.Next(field.EnumType.Values.Count)].Number),
        FieldType.Message => field.MessageType.FullName switch
        {
            "google.type.Date" => RandomDate(random),
            "google.type.Money" => new Money
            {
                CurrencyCode = new[] { "RUB", "EUR", "CNY", "USD" }[random.Next(4)],
                Units = new[] { 0L, 1L, 1500L, 999_999_999_999_999L }[random.Next(4)],
                Nanos = random.Next(2) * 500_000_000,
            },
            "google.type.Decimal" => new Google.Type.Decimal
            {
                Value = new[] { "0", "1", "12.5", "-3", "999999999999999.999999999", "0.000000001" }[random.Next(6)],
            },
            "google.protobuf.Timestamp" => Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(DateTimeOffset.UnixEpoch),
            _ => WellShaped(field.MessageType, random, depth + 1),
        },
        _ => throw new InvalidOperationException($"No value for {field.FieldType}."),
    };

    private static Date RandomDate(Random random)
    {
        var day = random.Next(4) switch
        {
            0 => DateOnly.MinValue,
            1 => DateOnly.MaxValue,
            _ => new DateOnly(2026, 1, 1).AddDays(random.Next(-400, 400)),
        };
        return new Date { Year = day.Year, Month = day.Month, Day = day.Day };
    }

    private static bool IsValueType(MessageDescriptor descriptor) =>
        descriptor.FullName is "google.type.Date" or "google.type.Money" or "google.type.Decimal";

    private static int MaxLength(FieldDescriptor field) =>
        field.GetOptions()?.GetExtension(FieldRulesExtensions.MaxLength) is > 0 and var max ? max : 1000;

    private static string Fit(string text, int max) => text.Length <= max ? text : text[..max];

    internal static string Describe(IMessage message) =>
        message.ToString() is { Length: > 400 } text ? text[..400] + "…" : message.ToString() ?? "";

}
