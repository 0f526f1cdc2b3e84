using Customs.AppHost.Otlp.Collector.Metrics;
using Customs.AppHost.Otlp.Common;
using Customs.AppHost.Otlp.Metrics;
using Customs.AppHost.Telemetry;
using Google.Protobuf.Collections;
using Grpc.Core;

namespace Customs.AppHost.Otlp;

/// <summary>The OTLP/gRPC metrics export service: gauges, sums and histograms become series of recent points.</summary>
internal sealed class MetricsReceiver(TelemetryStore store) : MetricsService.MetricsServiceBase
{
    public override Task<ExportMetricsServiceResponse> Export(ExportMetricsServiceRequest request, ServerCallContext context)
    {
        foreach (var resourceMetrics in request.ResourceMetrics)
        {
            var resource = OtlpValues.ResourceName(resourceMetrics.Resource);
            foreach (var metric in resourceMetrics.ScopeMetrics.SelectMany(s => s.Metrics))
            {
                Add(resource, metric);
            }
        }

        return Task.FromResult(new ExportMetricsServiceResponse());
    }

    private void Add(string resource, Metric metric)
    {
        switch (metric.DataCase)
        {
            case Metric.DataOneofCase.Gauge:
                AddNumbers(resource, metric, "gauge", metric.Gauge.DataPoints);
                break;
            case Metric.DataOneofCase.Sum:
                AddNumbers(resource, metric, metric.Sum.IsMonotonic ? "counter" : "updown-counter", metric.Sum.DataPoints);
                break;
            case Metric.DataOneofCase.Histogram:
                foreach (var point in metric.Histogram.DataPoints)
                {
                    store.AddMetricPoint(resource, metric.Name, metric.Description, metric.Unit, "histogram", Key(point.Attributes),
                        new MetricPoint(OtlpValues.FromUnixNanos(point.TimeUnixNano), point.HasSum ? point.Sum : 0, point.Count));
                }

                break;
        }
    }

    private void AddNumbers(string resource, Metric metric, string kind, RepeatedField<NumberDataPoint> points)
    {
        foreach (var point in points)
        {
            var value = point.ValueCase == NumberDataPoint.ValueOneofCase.AsInt ? point.AsInt : point.AsDouble;
            store.AddMetricPoint(resource, metric.Name, metric.Description, metric.Unit, kind, Key(point.Attributes),
                new MetricPoint(OtlpValues.FromUnixNanos(point.TimeUnixNano), value));
        }
    }

    private static string Key(RepeatedField<KeyValue> attributes) =>
        string.Join(", ", attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={OtlpValues.Text(a.Value)}"));
}
