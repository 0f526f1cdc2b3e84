namespace Customs.AppHost.Telemetry;

/// <summary>One span as received over OTLP, with ids in lower-case hex and times as instants.</summary>
public sealed record SpanData(
    string TraceId,
    string SpanId,
    string? ParentSpanId,
    string Name,
    string Kind,
    string Resource,
    string Scope,
    DateTimeOffset Start,
    DateTimeOffset End,
    bool IsError,
    string? StatusMessage,
    IReadOnlyList<KeyValuePair<string, string>> Attributes,
    IReadOnlyList<SpanEventData> Events)
{
    /// <summary>In milliseconds, as the dashboard's waterfall draws it.</summary>
    public double DurationMs => (End - Start).TotalMilliseconds;
}
