namespace Customs.AppHost.Telemetry;

/// <summary>One line of the traces list.</summary>
public sealed record TraceSummary(
    string TraceId,
    string Name,
    string RootResource,
    IReadOnlyList<string> Resources,
    DateTimeOffset Start,
    TimeSpan Duration,
    int SpanCount,
    int ErrorCount);
