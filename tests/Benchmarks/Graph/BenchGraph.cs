using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Customs.Benchmarks.Graph;

/// <summary>
/// The whole graph as the tests start it (Aspire.Hosting.Testing on the AppHost's own model, a fresh data folder, random
/// ports), but with PostgreSQL durable as in production (fsync and synchronous commit on: no <c>Customs:Ephemeral</c>)
/// and without the dashboard, whose telemetry intake would compete for the same 2 cores.
/// </summary>
public sealed class BenchGraph : IAsyncDisposable
{
    private readonly DirectoryInfo _dataFolder = Directory.CreateTempSubdirectory("customs-bench-");
    private DistributedApplication? _app;

    public GraphTarget? Target { get; private set; }

    public async Task<GraphTarget> StartAsync(CancellationToken cancellationToken)
    {
        // PostgreSQL runs as the postgres user when we are root: it must be able to reach its folder inside this one.
        File.SetUnixFileMode(_dataFolder.FullName, (UnixFileMode)0b111_101_101);
        string[] args = [$"Customs:DataFolder={_dataFolder.FullName}", "Customs:Ephemeral=false"];
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(args, (options, _) =>
        {
            options.DisableDashboard = true;
            options.AllowUnsecuredTransport = true;
        }, cancellationToken);
        builder.Services.AddLogging(logging => logging
            .AddFilter("Customs.AppHost.Resources", LogLevel.Warning)
            .AddFilter("Aspire.Hosting", LogLevel.Warning)
            .AddFilter("Microsoft.AspNetCore", LogLevel.Warning));
        TestReferenceData.Apply(builder);

        // Aspire hands every service the dashboard's OTLP address even when there is no dashboard: each service then
        // batched its traces, metrics and logs and failed to send them every second (connection refused, retried in
        // memory), work a production service configured without a collector does not do. No collector, no exporter.
        foreach (var service in builder.Resources.OfType<ProjectResource>())
        {
            service.Annotations.Add(new EnvironmentCallbackAnnotation(context =>
            {
                foreach (var name in context.EnvironmentVariables.Keys.Where(k => k.StartsWith("OTEL_EXPORTER_OTLP_", StringComparison.Ordinal)).ToList())
                {
                    context.EnvironmentVariables.Remove(name);
                }
            }));
        }

        // DCP puts a proxy of its own in front of every endpoint (a development convenience: ports that stay while a resource
        // restarts); production has none between a service and its database, broker or callers. Through it, each of a
        // declaration's hundred-odd PostgreSQL round trips crossed one more process: DCP took 9% of the machine in a
        // filing run (perf record -a). The bench connects everything directly.
        // Without the proxy a service would listen on the fixed port of its appsettings.json (that of `./customs up`): it gets
        // one of its own, as every other endpoint of this graph.
        foreach (var resource in builder.Resources)
        {
            foreach (var endpoint in resource.Annotations.OfType<EndpointAnnotation>())
            {
                endpoint.IsProxied = false;
                if (resource is ProjectResource)
                {
                    endpoint.Port = null;
                    endpoint.TargetPort = null;
                }
            }
        }

        _app = await builder.BuildAsync(cancellationToken);
        await _app.StartAsync(cancellationToken);
        foreach (var name in GraphTarget.Watched)
        {
            await _app.ResourceNotifications.WaitForResourceHealthyAsync(name, cancellationToken);
        }

        return Target = new GraphTarget(_app);
    }

    public async ValueTask DisposeAsync()
    {
        Target?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _dataFolder.Delete(recursive: true);
    }
}
