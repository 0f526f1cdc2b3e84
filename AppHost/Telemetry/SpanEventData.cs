namespace Customs.AppHost.Telemetry;

/// <summary>An event inside a span (an exception, a retry).</summary>
public sealed record SpanEventData(DateTimeOffset Time, string Name, IReadOnlyList<KeyValuePair<string, string>> Attributes);
