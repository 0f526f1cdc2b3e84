namespace Customs.AppHost.Telemetry;

/// <summary>A value at a time: the number of a gauge or sum, or the count and sum of a histogram.</summary>
public sealed record MetricPoint(DateTimeOffset Time, double Value, ulong? Count = null);
