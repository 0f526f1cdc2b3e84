using Customs.AppHost.Telemetry;

namespace Customs.AppHost.Tests;

public sealed class TelemetryStoreTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Past_the_span_limit_the_oldest_traces_go_whole()
    {
        var store = new TelemetryStore(new TelemetryLimits { MaxSpans = 5 });

        store.AddSpans([Span("t1", "a"), Span("t1", "b", parent: "a")]);
        store.AddSpans([Span("t2", "c", offsetMs: 10), Span("t2", "d", parent: "c", offsetMs: 11)]);
        store.AddSpans([Span("t3", "e", offsetMs: 20), Span("t3", "f", parent: "e", offsetMs: 21)]);

        Assert.Equal(4, store.SpanCount);
        Assert.Empty(store.GetTrace("t1"));
        Assert.Equal(["t3", "t2"], store.GetTraces().Select(t => t.TraceId));
    }

    [Fact]
    public void A_single_trace_beyond_the_limit_keeps_its_newest_spans()
    {
        var store = new TelemetryStore(new TelemetryLimits { MaxSpans = 3 });

        store.AddSpans([.. Enumerable.Range(1, 5).Select(i => Span("t1", $"s{i}", offsetMs: i))]);

        Assert.Equal(3, store.SpanCount);
        Assert.Equal(["s3", "s4", "s5"], store.GetTrace("t1").Select(s => s.SpanId));
    }

    [Fact]
    public void A_trace_is_summarised_from_its_root_across_the_resources_it_crossed()
    {
        var store = new TelemetryStore();
        store.AddSpans([
            Span("t1", "consume", parent: "publish", resource: "examination", offsetMs: 30, durationMs: 20),
            Span("t1", "publish", parent: "rpc", resource: "declarations", offsetMs: 10, durationMs: 5),
            Span("t1", "rpc", resource: "declarations", offsetMs: 0, durationMs: 15, error: true),
        ]);

        var trace = Assert.Single(store.GetTraces());

        Assert.Equal("rpc", trace.Name);
        Assert.Equal("declarations", trace.RootResource);
        Assert.Equal(["declarations", "examination"], trace.Resources);
        Assert.Equal(TimeSpan.FromMilliseconds(50), trace.Duration);
        Assert.Equal((3, 1), (trace.SpanCount, trace.ErrorCount));
        Assert.Equal(["rpc", "publish", "consume"], store.GetTrace("T1").Select(s => s.SpanId));
        Assert.Single(store.GetTraces(resource: "examination"));
        Assert.Empty(store.GetTraces(resource: "payments"));
    }

    [Fact]
    public void Logs_are_bounded_and_filtered_by_resource_level_text_and_trace()
    {
        var store = new TelemetryStore(new TelemetryLimits { MaxLogs = 3 });
        store.AddLogs([
            Log("declarations", LogSeverity.Information, "dropped as the oldest"),
            Log("declarations", LogSeverity.Information, "Declaration filed", traceId: "abc"),
            Log("examination", LogSeverity.Warning, "Control case late", ("declaration", "10005020/261126/0000001")),
            Log("examination", LogSeverity.Error, "Consumer failed", traceId: "abc"),
        ]);

        Assert.Equal([2L, 3, 4], store.GetLogs(new LogQuery()).Select(l => l.Sequence));
        Assert.Equal(["Control case late", "Consumer failed"], store.GetLogs(new LogQuery { Resource = "EXAMINATION" }).Select(l => l.Message));
        Assert.Equal(["Consumer failed"], store.GetLogs(new LogQuery { MinLevel = LogSeverity.Error }).Select(l => l.Message));
        Assert.Equal(["Control case late"], store.GetLogs(new LogQuery { Text = "0000001" }).Select(l => l.Message));
        Assert.Equal(["Declaration filed", "Consumer failed"], store.GetLogs(new LogQuery { TraceId = "abc" }).Select(l => l.Message));
        Assert.Equal(["Consumer failed"], store.GetLogs(new LogQuery { After = 3 }).Select(l => l.Message));
    }

    [Fact]
    public void Metric_series_keep_their_recent_points_and_the_stalest_series_goes_first()
    {
        var store = new TelemetryStore(new TelemetryLimits { MaxMetricSeries = 2, MaxPointsPerSeries = 2 });

        store.AddMetricPoint("payments", "requests", "", "{request}", "counter", "route=/a", new MetricPoint(T0, 1));
        store.AddMetricPoint("payments", "requests", "", "{request}", "counter", "route=/b", new MetricPoint(T0.AddSeconds(1), 1));
        store.AddMetricPoint("payments", "requests", "", "{request}", "counter", "route=/a", new MetricPoint(T0.AddSeconds(2), 2));
        store.AddMetricPoint("payments", "requests", "", "{request}", "counter", "route=/a", new MetricPoint(T0.AddSeconds(3), 3));
        store.AddMetricPoint("payments", "requests", "", "{request}", "counter", "route=/c", new MetricPoint(T0.AddSeconds(4), 1));

        var series = store.GetMetrics("payments");
        Assert.Equal(["route=/a", "route=/c"], series.Select(s => s.Attributes));
        Assert.Equal([2d, 3d], series[0].Points.Select(p => p.Value));
    }

    private static SpanData Span(
        string trace, string id, string? parent = null, string resource = "declarations", int offsetMs = 0, int durationMs = 1, bool error = false) =>
        new(trace, id, parent, id, "internal", resource, "test", T0.AddMilliseconds(offsetMs), T0.AddMilliseconds(offsetMs + durationMs),
            error, null, [], []);

    private static LogEntry Log(string resource, LogSeverity level, string message, params (string Key, string Value)[] attributes) =>
        new(0, T0, resource, "test", level, message, [.. attributes.Select(a => KeyValuePair.Create(a.Key, a.Value))], null, null);

    private static LogEntry Log(string resource, LogSeverity level, string message, string traceId) =>
        Log(resource, level, message) with { TraceId = traceId };
}
