extern alias bench;

using System.Net;
using System.Net.Sockets;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Customs.Suite.Tests;

/// <summary>
/// The whole graph, started once for every test of the run that needs it, with Aspire.Hosting.Testing: the AppHost's own
/// app model, isolated (a fresh temporary data folder, random ports), its dashboard open without login (tests only), and
/// the services' clocks movable (<see cref="GraphExtensions.AdvanceClockAsync"/>, off in production).
/// </summary>
public sealed class GraphFixture : IAsyncLifetime
{
    // Generous: on 2 cores shared with other builds and test runs a start has taken over 4 minutes.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(6);
    private readonly DirectoryInfo _dataFolder = Directory.CreateTempSubdirectory("customs-graph-");
    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The graph is not running.");

    /// <summary>The Aspire dashboard of the graph (anonymous access: only test runs turn it on).</summary>
    public Uri DashboardUrl => App.GetEndpoint("aspire-dashboard", "http");

    public async Task InitializeAsync()
    {
        // PostgreSQL runs as the postgres user when we are root: it must be able to reach its folder inside this one.
        File.SetUnixFileMode(_dataFolder.FullName, (UnixFileMode)0b111_101_101);
        string[] args =
        [
            $"Customs:DataFolder={_dataFolder.FullName}",
            "Customs:Ephemeral=true",
            $"ASPNETCORE_URLS=http://127.0.0.1:{FreePort()}",
            $"ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=http://127.0.0.1:{FreePort()}",
            $"ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL=http://127.0.0.1:{FreePort()}",
            "ASPIRE_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS=true",
        ];
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(args, (options, _) =>
        {
            options.DisableDashboard = false;
            options.AllowUnsecuredTransport = true;
        });
        // The resources' own output stays on the dashboard; a test run prints only their warnings and errors.
        builder.Services.AddLogging(logging => logging
            .AddFilter("Customs.AppHost.Resources", LogLevel.Warning)
            .AddFilter("Aspire.Hosting", LogLevel.Warning)
            .AddFilter("Microsoft.AspNetCore", LogLevel.Warning));
        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            builder.CreateResourceBuilder(project)
                .WithEnvironment(GraphExtensions.ClockControlVariable, "true")
                .WithEnvironment(GraphExtensions.ClockOffsetFileVariable, GraphExtensions.ClockOffsetFile(_dataFolder.FullName));
        }

        // Fee bands for the services' day: the shipped ones end on 2025-12-31 (tests/TestSupport/ReferenceData, test data).
        bench::Customs.Benchmarks.Graph.TestReferenceData.Apply(builder);

        _app = await builder.BuildAsync();
        using var startup = new CancellationTokenSource(StartTimeout);
        await _app.StartAsync(startup.Token);
        await _app.WaitForHealthyAsync(startup.Token);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _dataFolder.Delete(recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class GraphCollection : ICollectionFixture<GraphFixture>
{
    public const string Name = "Whole graph";
}
