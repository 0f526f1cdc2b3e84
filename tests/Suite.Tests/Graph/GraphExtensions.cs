using System.Net.Http.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Customs.BuildingBlocks.Calendar;
using Grpc.Net.Client;
using Npgsql;

namespace Customs.Suite.Tests;

/// <summary>What whole-graph tests ask of the running graph, by resource name.</summary>
public static class GraphExtensions
{
    /// <summary>Set on every service by <see cref="GraphFixture"/> only: it maps the clock endpoints (ServiceDefaults).</summary>
    public const string ClockControlVariable = "Testing__ClockControl";

    /// <summary>
    /// Set on every service by <see cref="GraphFixture"/> only: the file <see cref="AdvanceClockAsync"/> writes the graph's
    /// clock offset to, read by a service when it starts, so a service a test restarts is on the graph's time from its
    /// first instant (a consumer handling a queued event at start-up dates it on that time, not the machine's).
    /// </summary>
    public const string ClockOffsetFileVariable = "Testing__ClockOffsetFile";

    public static string ClockOffsetFile(string dataFolder) => Path.Combine(dataFolder, "testing-clock-offset");

    /// <summary>The graph's data folder (the AppHost's <c>Customs:DataFolder</c>), where its development signing key is.</summary>
    public static string GetDataDirectory(this DistributedApplication app) =>
        app.Services.GetRequiredService<IConfiguration>()["Customs:DataFolder"]
            ?? throw new InvalidOperationException("The graph runs without Customs:DataFolder.");

    /// <summary>A gRPC channel to a service's <c>grpc</c> endpoint.</summary>
    public static GrpcChannel CreateGrpcChannel(this DistributedApplication app, string resourceName) =>
        GrpcChannel.ForAddress(app.GetEndpoint(resourceName, "grpc"));

    /// <summary>A data source on a database resource (e.g. <c>declarations-db</c>).</summary>
    public static async Task<NpgsqlDataSource> CreateDataSourceAsync(this DistributedApplication app, string resourceName) =>
        NpgsqlDataSource.Create(await app.GetConnectionStringAsync(resourceName)
            ?? throw new InvalidOperationException($"{resourceName} has no connection string."));

    /// <summary>Creates a scratch database on the graph's PostgreSQL server and returns its connection string.</summary>
    public static async Task<string> CreateScratchDatabaseAsync(this DistributedApplication app, string serverName, string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 63)];
        var server = await app.GetConnectionStringAsync(serverName);
        await using (var connection = new NpgsqlConnection(server + ";Database=postgres"))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"create database \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return $"{server};Database={name}";
    }

    /// <summary>
    /// Moves the clock of every service forward by the same amount (deadlines and expiries of days and months). Tests of
    /// the graph run one at a time (one collection), so a move never lands in the middle of another test; dates a test
    /// needs come from <see cref="NowAsync"/>, never from the machine's clock.
    /// </summary>
    public static async Task AdvanceClockAsync(this DistributedApplication app, TimeSpan by)
    {
        using var http = new HttpClient();
        foreach (var service in app.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<ProjectResource>())
        {
            using var response = await http.PostAsync(new Uri(app.GetEndpoint(service.Name, "http"), $"/testing/clock/advance?by={by:c}"), null);
            response.EnsureSuccessStatusCode();
        }

        // Written whole, then moved into place: a service starting now reads the old offset or the new one, never half.
        var file = ClockOffsetFile(app.GetDataDirectory());
        await File.WriteAllTextAsync(file + ".new", (await ClockOffsetAsync(app, "ipregister")).ToString("c"));
        File.Move(file + ".new", file, overwrite: true);
    }

    /// <summary>The services' current time (tests may have moved their clocks), as <c>ipregister</c> reads it.</summary>
    public static async Task<DateTimeOffset> NowAsync(this DistributedApplication app)
    {
        using var http = new HttpClient();
        var clock = await http.GetFromJsonAsync<ClockReading>(new Uri(app.GetEndpoint("ipregister", "http"), "/testing/clock"));
        return clock!.Now;
    }

    /// <summary>
    /// A service restarted by a test starts with its clock not moved: this moves it by what the other services' clocks were
    /// moved (as <c>ipregister</c> reads it), so the graph keeps one time for the tests after.
    /// </summary>
    public static async Task ResyncClockAsync(this DistributedApplication app, string restartedService)
    {
        using var http = new HttpClient();
        var reference = await http.GetFromJsonAsync<ClockReading>(new Uri(app.GetEndpoint("ipregister", "http"), "/testing/clock"));
        var restarted = await http.GetFromJsonAsync<ClockReading>(new Uri(app.GetEndpoint(restartedService, "http"), "/testing/clock"));
        var behind = reference!.Offset - restarted!.Offset;
        if (behind > TimeSpan.Zero)
        {
            using var response = await http.PostAsync(new Uri(app.GetEndpoint(restartedService, "http"), $"/testing/clock/advance?by={behind:c}"), null);
            response.EnsureSuccessStatusCode();
        }
    }

    /// <summary>The offset a service's clock was moved by.</summary>
    public static async Task<TimeSpan> ClockOffsetAsync(this DistributedApplication app, string service)
    {
        using var http = new HttpClient();
        return (await http.GetFromJsonAsync<ClockReading>(new Uri(app.GetEndpoint(service, "http"), "/testing/clock")))!.Offset;
    }

    /// <summary>Today at a Russian customs office (Moscow time) on the services' clock: the date the law counts from.</summary>
    public static async Task<DateOnly> TodayAsync(this DistributedApplication app) =>
        OfficeTime.DateAt(await app.NowAsync(), OfficeTime.Moscow);

    /// <summary>
    /// Stops and starts a service and waits until it is healthy. It starts on the graph's clock (the offset file), and is
    /// moved on to the other services' time should it lag behind.
    /// </summary>
    public static async Task RestartKeepingClockAsync(this DistributedApplication app, string resourceName, CancellationToken cancellationToken)
    {
        await app.StopResourceAsync(resourceName);
        await app.StartResourceAsync(resourceName);
        await app.WaitForResourceHealthyAsync(resourceName, cancellationToken);
        if (resourceName != "ipregister")
        {
            await app.ResyncClockAsync(resourceName);
        }
    }

    public static Task StopResourceAsync(this DistributedApplication app, string resourceName) =>
        ExecuteAsync(app, resourceName, KnownResourceCommands.StopCommand);

    public static Task StartResourceAsync(this DistributedApplication app, string resourceName) =>
        ExecuteAsync(app, resourceName, KnownResourceCommands.StartCommand);

    public static Task WaitForResourceHealthyAsync(this DistributedApplication app, string resourceName, CancellationToken cancellationToken) =>
        app.ResourceNotifications.WaitForResourceHealthyAsync(resourceName, cancellationToken);

    /// <summary>Waits until every resource that has a health check (all of the suite's) is healthy.</summary>
    public static Task WaitForHealthyAsync(this DistributedApplication app, CancellationToken cancellationToken) =>
        Task.WhenAll(HealthChecked(app).Select(r => app.ResourceNotifications.WaitForResourceHealthyAsync(r.Name, cancellationToken)));

    /// <summary>The resources a user sees on the dashboard: each has a health check (Aspire's own hidden ones have none).</summary>
    public static IReadOnlyList<IResource> HealthChecked(this DistributedApplication app) =>
        app.Services.GetRequiredService<DistributedApplicationModel>().Resources
            .Where(r => r.Annotations.OfType<HealthCheckAnnotation>().Any()).ToList();

    /// <summary>The process id of a running executable or project resource, as Aspire reports it.</summary>
    public static int? GetProcessId(this DistributedApplication app, string resourceName) =>
        app.ResourceNotifications.TryGetCurrentState(resourceName, out var state)
            && state.Snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value is { } pid
                ? Convert.ToInt32(pid, System.Globalization.CultureInfo.InvariantCulture)
                : null;

    private static async Task ExecuteAsync(DistributedApplication app, string resourceName, string command)
    {
        var result = await app.ResourceCommands.ExecuteCommandAsync(resourceName, command);
        if (!result.Success)
        {
            throw new InvalidOperationException($"{command} of {resourceName} failed: {result.Message}");
        }
    }

    private sealed record ClockReading(DateTimeOffset Now, TimeSpan Offset);
}
