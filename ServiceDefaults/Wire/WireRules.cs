using System.Collections;
using Customs.Types.V1;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Customs.ServiceDefaults;

/// <summary>
/// The shape every request must have before a handler sees it, read from the request's descriptor: string lengths and
/// repeated counts as the proto declares them (<c>customs.type.v1.max_length</c>, <c>max_items</c>), no control
/// characters, only defined enum values, whole dates, money and decimals within what PostgreSQL's columns hold. Each
/// problem is one field violation; no description repeats the value.
/// </summary>
public static class WireRules
{
    public const int DefaultMaxLength = 1_000;
    public const int DefaultMaxItems = 1_000;

    public static List<FieldViolation> Check(IMessage message)
    {
        var violations = new List<FieldViolation>();
        CheckMessage(message, "", violations);
        return violations;
    }

    private static void CheckMessage(IMessage message, string prefix, List<FieldViolation> violations)
    {
        foreach (var field in message.Descriptor.Fields.InDeclarationOrder())
        {
            var path = prefix + field.Name;
            var value = field.Accessor.GetValue(message);
            if (field.IsMap)
            {
                var map = (IDictionary)value;
                var maxEntries = Option(field, FieldRulesExtensions.MaxItems, DefaultMaxItems);
                if (map.Count > maxEntries)
                {
                    violations.Add(new(path, $"has more than {maxEntries} entries"));
                    continue;
                }

                var (keyField, valueField) = (field.MessageType.FindFieldByNumber(1), field.MessageType.FindFieldByNumber(2));
                var index = 0;
                foreach (DictionaryEntry entry in map)
                {
                    CheckValue(keyField, entry.Key, $"{path}[{index}].key", violations);
                    CheckValue(valueField, entry.Value, $"{path}[{index}].value", violations);
                    index++;
                }
            }
            else if (field.IsRepeated)
            {
                var list = (IList)value;
                var maxItems = Option(field, FieldRulesExtensions.MaxItems, DefaultMaxItems);
                if (list.Count > maxItems)
                {
                    violations.Add(new(path, $"has more than {maxItems} elements"));
                    continue;
                }

                for (var i = 0; i < list.Count; i++)
                {
                    CheckValue(field, list[i], $"{path}[{i}]", violations);
                }
            }
            else if (field.FieldType != FieldType.Message || field.Accessor.HasValue(message))
            {
                CheckValue(field, value, path, violations);
            }
        }
    }

    private static void CheckValue(FieldDescriptor field, object? value, string path, List<FieldViolation> violations)
    {
        switch (field.FieldType)
        {
            case FieldType.String:
                CheckText((string)value!, Option(field, FieldRulesExtensions.MaxLength, DefaultMaxLength), path, violations);
                break;
            case FieldType.Enum:
                var number = Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
                if (field.EnumType.FindValueByNumber(number) is null)
                {
                    violations.Add(new(path, $"is not a valid {field.EnumType.Name}"));
                }

                break;
            case FieldType.Message when value is IMessage nested:
                if (WireValues.Check(nested) is { } problem)
                {
                    violations.Add(new(path, problem));
                }
                else if (!WireValues.IsWellKnown(nested))
                {
                    CheckMessage(nested, path + ".", violations);
                }

                break;
        }
    }

    private static void CheckText(string text, int maxLength, string path, List<FieldViolation> violations)
    {
        if (text.Length > maxLength)
        {
            violations.Add(new(path, $"is longer than {maxLength} characters"));
        }
        else if (text.AsSpan().IndexOfAnyInRange('\u0000', '\u001f') >= 0 || text.AsSpan().IndexOfAnyInRange('\u007f', '\u009f') >= 0)
        {
            foreach (var c in text)
            {
                if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
                {
                    violations.Add(new(path, "contains a control character (only tab, line feed and carriage return are allowed)"));
                    return;
                }
            }
        }
    }

    private static int Option(FieldDescriptor field, Extension<FieldOptions, int> extension, int fallback) =>
        field.GetOptions()?.GetExtension(extension) is > 0 and var limit ? limit : fallback;
}
