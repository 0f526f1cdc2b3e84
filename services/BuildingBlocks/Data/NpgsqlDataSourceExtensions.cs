using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Customs.BuildingBlocks.Data;

public static class NpgsqlDataSourceExtensions
{
    /// <summary>
    /// The service's <c>NpgsqlDataSource</c> from <c>ConnectionStrings__&lt;name&gt;</c>, through Aspire's client
    /// integration (Aspire.Npgsql: health check, traces, metrics), with the suite's two choices about its noise.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDataSource(this IHostApplicationBuilder builder, string connectionName)
    {
        // Commands outside any operation (the outbox's polling, the migration runner) are not traced: twice a second
        // for ever, they would bury the traces of real work. Within a request or a consumed message they are.
        builder.AddNpgsqlDataSource(connectionName, configureDataSourceBuilder: dataSource => dataSource
            .ConfigureTracing(tracing => tracing
                .ConfigureCommandFilter(_ => Activity.Current is not null)
                .ConfigureBatchFilter(_ => Activity.Current is not null)
                .EnablePhysicalOpenTracing(false)));

        // Npgsql logs every command and every LISTEN wait at Information, and the outbox dispatcher does both twice a
        // second: keep Npgsql to warnings unless the configuration sets its level (OpenTelemetry traces show commands).
        var levels = builder.Configuration.GetSection("Logging:LogLevel").GetChildren();
        if (!levels.Any(level => level.Key.StartsWith("Npgsql", StringComparison.OrdinalIgnoreCase)))
        {
            builder.Logging.AddFilter("Npgsql", LogLevel.Warning);
        }

        return builder;
    }
}
