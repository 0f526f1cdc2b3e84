namespace Customs.AppHost.Telemetry;

/// <summary>The recent values of one instrument of one resource, for one set of attributes.</summary>
public sealed record MetricSeries(
    string Resource,
    string Name,
    string Description,
    string Unit,
    string Kind,
    string Attributes,
    IReadOnlyList<MetricPoint> Points);
