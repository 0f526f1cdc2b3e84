namespace Customs.AppHost.Telemetry;

/// <summary>How much telemetry the AppHost keeps in memory; beyond these the oldest goes first.</summary>
public sealed record TelemetryLimits
{
    public int MaxSpans { get; init; } = 20_000;

    public int MaxLogs { get; init; } = 10_000;

    public int MaxMetricSeries { get; init; } = 2_000;

    public int MaxPointsPerSeries { get; init; } = 120;
}
