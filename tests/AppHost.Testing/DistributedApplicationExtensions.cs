using Customs.AppHost.Hosting;
using Grpc.Net.Client;
using Npgsql;

namespace Customs.AppHost.Testing;

public static class DistributedApplicationExtensions
{
    /// <summary>A gRPC channel to a service's <c>grpc</c> endpoint, by resource name.</summary>
    public static GrpcChannel CreateGrpcChannel(this DistributedApplication app, string resourceName) =>
        GrpcChannel.ForAddress(app.GetEndpoint(resourceName, "grpc"));

    /// <summary>Moves the clock of every service forward (deadlines and expiries of days and months).</summary>
    public static async Task AdvanceClockAsync(this DistributedApplication app, TimeSpan by)
    {
        using var http = new HttpClient();
        foreach (var project in app.Resources.Select(r => r.Resource).OfType<ProjectResource>())
        {
            using var response = await http.PostAsync($"{project.HttpEndpoint}/testing/clock/advance?by={by:c}", null);
            response.EnsureSuccessStatusCode();
        }
    }

    /// <summary>A data source on a database resource (e.g. <c>declarations-db</c>), by resource name.</summary>
    public static NpgsqlDataSource CreateDataSource(this DistributedApplication app, string resourceName) =>
        NpgsqlDataSource.Create(app.GetConnectionString(resourceName));

    /// <summary>Creates a scratch database on the graph's PostgreSQL server and returns its connection string.</summary>
    public static async Task<string> CreateScratchDatabaseAsync(this DistributedApplication app, string serverName, string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 63)];
        var server = app.GetConnectionString(serverName);
        await using (var connection = new NpgsqlConnection(server + ";Database=postgres"))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"create database \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return $"{server};Database={name}";
    }
}
