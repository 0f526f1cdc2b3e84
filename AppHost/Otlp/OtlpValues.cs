using System.Globalization;
using Customs.AppHost.Otlp.Common;
using Google.Protobuf;
using Google.Protobuf.Collections;

namespace Customs.AppHost.Otlp;

/// <summary>Turns OTLP wire values into what the dashboard shows.</summary>
internal static class OtlpValues
{
    public static DateTimeOffset FromUnixNanos(ulong nanos) =>
        nanos == 0 ? DateTimeOffset.UnixEpoch : DateTimeOffset.UnixEpoch.AddTicks((long)(nanos / 100));

    /// <summary>Lower-case hex, or null for an absent (empty or all-zero) id.</summary>
    public static string? Id(ByteString id) =>
        id.IsEmpty || id.Span.IndexOfAnyExcept((byte)0) < 0 ? null : Convert.ToHexStringLower(id.Span);

    public static string Text(AnyValue? value) => value?.ValueCase switch
    {
        null or AnyValue.ValueOneofCase.None => "",
        AnyValue.ValueOneofCase.StringValue => value.StringValue,
        AnyValue.ValueOneofCase.BoolValue => value.BoolValue ? "true" : "false",
        AnyValue.ValueOneofCase.IntValue => value.IntValue.ToString(CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.DoubleValue => value.DoubleValue.ToString(CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.ArrayValue => "[" + string.Join(", ", value.ArrayValue.Values.Select(Text)) + "]",
        AnyValue.ValueOneofCase.KvlistValue => "{" + string.Join(", ", value.KvlistValue.Values.Select(kv => $"{kv.Key}: {Text(kv.Value)}")) + "}",
        AnyValue.ValueOneofCase.BytesValue => Convert.ToBase64String(value.BytesValue.Span),
        _ => "",
    };

    public static List<KeyValuePair<string, string>> Attributes(RepeatedField<KeyValue> attributes) =>
        [.. attributes.Select(a => new KeyValuePair<string, string>(a.Key, Text(a.Value)))];

    /// <summary>The dashboard's name for a sender: its <c>service.name</c>, as the AppHost sets it to the resource name.</summary>
    public static string ResourceName(Resource.Resource? resource) =>
        resource?.Attributes.FirstOrDefault(a => a.Key == "service.name") is { } name ? Text(name.Value) : "unknown";

    public static string ScopeName(InstrumentationScope? scope) => scope?.Name ?? "";
}
