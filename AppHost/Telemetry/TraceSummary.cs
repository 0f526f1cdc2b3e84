using System.Text.Json.Serialization;

namespace Customs.AppHost.Telemetry;

/// <summary>One line of the traces list.</summary>
public sealed record TraceSummary(
    string TraceId,
    string Name,
    string RootResource,
    IReadOnlyList<string> Resources,
    DateTimeOffset Start,
    [property: JsonIgnore] TimeSpan Duration,
    int SpanCount,
    int ErrorCount)
{
    /// <summary>In milliseconds, as the dashboard's list shows it.</summary>
    public double DurationMs => Duration.TotalMilliseconds;
}
