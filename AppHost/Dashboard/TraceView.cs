using Customs.AppHost.Telemetry;

namespace Customs.AppHost.Dashboard;

internal sealed record TraceView(
    string TraceId, string Name, string RootResource, IReadOnlyList<string> Resources, DateTimeOffset Start, double DurationMs, int SpanCount, int ErrorCount)
{
    public static TraceView From(TraceSummary t) =>
        new(t.TraceId, t.Name, t.RootResource, t.Resources, t.Start, t.Duration.TotalMilliseconds, t.SpanCount, t.ErrorCount);
}

internal sealed record SpanView(
    string TraceId,
    string SpanId,
    string? ParentSpanId,
    string Name,
    string Kind,
    string Resource,
    string Scope,
    DateTimeOffset Start,
    double DurationMs,
    bool IsError,
    string? StatusMessage,
    IReadOnlyList<KeyValuePair<string, string>> Attributes,
    IReadOnlyList<SpanEventData> Events)
{
    public static SpanView From(SpanData s) =>
        new(s.TraceId, s.SpanId, s.ParentSpanId, s.Name, s.Kind, s.Resource, s.Scope, s.Start, s.Duration.TotalMilliseconds, s.IsError, s.StatusMessage, s.Attributes, s.Events);
}
