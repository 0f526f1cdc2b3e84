using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Customs.BuildingBlocks.Data;

public static class NpgsqlDataSourceExtensions
{
    /// <summary>
    /// Registers the service's <see cref="NpgsqlDataSource"/> from <c>ConnectionStrings__&lt;name&gt;</c> (as Aspire
    /// hands it over) and a "ready" health check that runs <c>select 1</c>.
    /// </summary>
    public static IHostApplicationBuilder AddNpgsqlDataSource(this IHostApplicationBuilder builder, string connectionName)
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"The connection string '{connectionName}' is missing: set ConnectionStrings__{connectionName}.");
        }

        // Commands outside any operation (the outbox's polling, the migration runner) are not traced: twice a second
        // for ever, they would bury the traces of real work. Within a request or a consumed message they are.
        builder.Services.AddSingleton(sp => new NpgsqlDataSourceBuilder(connectionString)
            .UseLoggerFactory(sp.GetRequiredService<ILoggerFactory>())
            .ConfigureTracing(tracing => tracing
                .ConfigureCommandFilter(_ => Activity.Current is not null)
                .ConfigureBatchFilter(_ => Activity.Current is not null)
                .EnablePhysicalOpenTracing(false))
            .Build());

        // Npgsql logs every command and every LISTEN wait at Information, and the outbox dispatcher does both twice a
        // second: keep Npgsql to warnings unless the configuration sets its level (OpenTelemetry traces show commands).
        var npgsqlLevels = builder.Configuration.GetSection("Logging:LogLevel").GetChildren();
        if (!npgsqlLevels.Any(level => level.Key.StartsWith("Npgsql", StringComparison.OrdinalIgnoreCase)))
        {
            builder.Logging.AddFilter("Npgsql", LogLevel.Warning);
        }

        // Bounded, so a hung server makes the service unready instead of stalling the health endpoint.
        builder.Services.AddHealthChecks()
            .AddCheck<NpgsqlHealthCheck>(connectionName, failureStatus: null, tags: ["ready"], timeout: TimeSpan.FromSeconds(5));
        return builder;
    }
}
