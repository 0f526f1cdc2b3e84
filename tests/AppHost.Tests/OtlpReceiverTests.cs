using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net.Http.Json;
using System.Text.Json;
using Customs.AppHost.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Customs.AppHost.Tests;

/// <summary>The OpenTelemetry SDK's own OTLP/gRPC exporter sends to the AppHost's receiver; the dashboard API shows it.</summary>
public sealed class OtlpReceiverTests : IAsyncLifetime
{
    private const string Service = "otlp-probe";
    private DistributedApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _app = await DashboardHost.StartAsync();
        _http = new HttpClient { BaseAddress = _app.Dashboard!.Url };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Spans_exported_by_the_sdk_become_a_trace_with_its_parent_child_structure()
    {
        using var source = new ActivitySource("Customs.Tests.Otlp");
        using (var tracing = Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(ResourceBuilder.CreateDefault().AddService(Service))
            .AddSource(source.Name)
            .AddOtlpExporter(Exporter)
            .Build())
        {
            string traceId;
            using (var parent = source.StartActivity("FileDeclaration", ActivityKind.Server)!)
            {
                traceId = parent.TraceId.ToHexString();
                parent.SetTag("rpc.method", "FileDeclaration");
                using var child = source.StartActivity("INSERT declarations", ActivityKind.Client)!;
                child.SetStatus(ActivityStatusCode.Error, "unique violation");
            }

            Assert.True(tracing.ForceFlush(10_000));

            var spans = await _http.GetFromJsonAsync<JsonElement>($"/api/traces/{traceId}");
            Assert.Equal(["FileDeclaration", "INSERT declarations"], spans.EnumerateArray().Select(s => s.GetProperty("name").GetString()));
            var (server, client) = (spans[0], spans[1]);
            Assert.Equal(server.GetProperty("spanId").GetString(), client.GetProperty("parentSpanId").GetString());
            Assert.Equal(("server", "client"), (server.GetProperty("kind").GetString(), client.GetProperty("kind").GetString()));
            Assert.Equal(Service, server.GetProperty("resource").GetString());
            Assert.True(client.GetProperty("isError").GetBoolean());
            Assert.Equal("unique violation", client.GetProperty("statusMessage").GetString());
            Assert.Contains(server.GetProperty("attributes").EnumerateArray(), a => a.GetProperty("key").GetString() == "rpc.method");

            var list = await _http.GetFromJsonAsync<JsonElement>($"/api/traces?resource={Service}");
            var summary = Assert.Single(list.EnumerateArray(), t => t.GetProperty("traceId").GetString() == traceId);
            Assert.Equal((2, 1), (summary.GetProperty("spanCount").GetInt32(), summary.GetProperty("errorCount").GetInt32()));
        }
    }

    [Fact]
    public async Task Log_records_arrive_with_level_attributes_and_the_trace_they_belong_to()
    {
        using var source = new ActivitySource("Customs.Tests.OtlpLogs");
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == source.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        string traceId;
        using (var logging = LoggerFactory.Create(builder => builder.AddOpenTelemetry(otel =>
        {
            otel.SetResourceBuilder(ResourceBuilder.CreateDefault().AddService(Service));
            otel.AddOtlpExporter(Exporter);
        })))
        {
            var logger = logging.CreateLogger("Customs.Tests.Declarations");
            using var activity = source.StartActivity("consume")!;
            traceId = activity.TraceId.ToHexString();
            logger.LogWarning("Release of {RegistrationNumber} suspended for {Days} working days", "10005020/261126/0000042", 10);
        }

        var logs = await _http.GetFromJsonAsync<JsonElement>($"/api/logs?resource={Service}&traceId={traceId}");

        var log = Assert.Single(logs.EnumerateArray());
        Assert.Equal("Warning", log.GetProperty("level").GetString());
        Assert.Equal("Customs.Tests.Declarations", log.GetProperty("scope").GetString());
        Assert.Contains(log.GetProperty("attributes").EnumerateArray(),
            a => a.GetProperty("key").GetString() == "RegistrationNumber" && a.GetProperty("value").GetString() == "10005020/261126/0000042");
        var warnings = await _http.GetFromJsonAsync<JsonElement>($"/api/logs?resource={Service}&level=Error");
        Assert.Empty(warnings.EnumerateArray());
    }

    [Fact]
    public async Task Metrics_arrive_as_series_per_instrument_and_attributes()
    {
        using var meter = new Meter("Customs.Tests.OtlpMetrics");
        var filed = meter.CreateCounter<long>("declarations.filed", "{declaration}");
        using (var metrics = Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(ResourceBuilder.CreateDefault().AddService(Service))
            .AddMeter(meter.Name)
            .AddOtlpExporter(Exporter)
            .Build())
        {
            filed.Add(3, new KeyValuePair<string, object?>("kind", "postal"));
            filed.Add(2, new KeyValuePair<string, object?>("kind", "commercial"));
            Assert.True(metrics.ForceFlush(10_000));
        }

        var series = await _http.GetFromJsonAsync<JsonElement>($"/api/metrics?resource={Service}");

        var values = series.EnumerateArray()
            .Where(s => s.GetProperty("name").GetString() == "declarations.filed")
            .ToDictionary(s => s.GetProperty("attributes").GetString()!, s => s.GetProperty("points")[0].GetProperty("value").GetDouble());
        Assert.Equal(new Dictionary<string, double> { ["kind=commercial"] = 2, ["kind=postal"] = 3 }, values);
    }

    private void Exporter(OtlpExporterOptions options)
    {
        options.Endpoint = _app.Dashboard!.OtlpEndpoint;
        options.Protocol = OtlpExportProtocol.Grpc;
        options.ExportProcessorType = ExportProcessorType.Simple;
    }
}
