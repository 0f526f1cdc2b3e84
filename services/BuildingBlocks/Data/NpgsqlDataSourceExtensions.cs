using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Customs.BuildingBlocks.Data;

public static class NpgsqlDataSourceExtensions
{
    /// <summary>
    /// The service's <c>NpgsqlDataSource</c> from <c>ConnectionStrings__&lt;name&gt;</c>, through Aspire's client
    /// integration (Aspire.Npgsql: health check, traces, metrics), with the suite's choices about its speed and its noise.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDataSource(this IHostApplicationBuilder builder, string connectionName)
    {
        builder.AddNpgsqlDataSource(connectionName, configureDataSourceBuilder: dataSource =>
        {
            // Statements run twice are prepared on their connection and then only bound and executed: PostgreSQL parses
            // and plans the hot paths' statements once per connection instead of on every call. Unless the connection
            // string says otherwise.
            if (dataSource.ConnectionStringBuilder.MaxAutoPrepare == 0)
            {
                dataSource.ConnectionStringBuilder.MaxAutoPrepare = 100;
                dataSource.ConnectionStringBuilder.AutoPrepareMinUsages = 2;
            }

            // A connection goes back to the pool as it is: no SET SESSION AUTHORIZATION, RESET ALL, CLOSE ALL, UNLISTEN,
            // pg_advisory_unlock_all, DISCARD SEQUENCES and DISCARD TEMP before its next use, seven statements PostgreSQL ran
            // for each of the pool's lends, about half of what a filed declaration cost its database (pg_stat_statements in
            // `./customs bench --only filing`). The services leave no session state behind: no SET outside a transaction, no
            // LISTEN, no temporary tables, and the migration runner drops its session lock and temporary objects itself.
            dataSource.ConnectionStringBuilder.NoResetOnClose = true;

            // Commands outside any operation (the outbox's polling, the migration runner) are not traced: twice a second
            // for ever, they would bury the traces of real work. Within a request or a consumed message they are.
            dataSource.ConfigureTracing(tracing => tracing
                .ConfigureCommandFilter(_ => Activity.Current is not null)
                .ConfigureBatchFilter(_ => Activity.Current is not null)
                .EnablePhysicalOpenTracing(false));
        });

        // Npgsql logs every command at Information, and the outbox dispatcher polls twice a second: keep Npgsql to warnings unless the configuration sets its level (OpenTelemetry traces show commands).
        var levels = builder.Configuration.GetSection("Logging:LogLevel").GetChildren();
        if (!levels.Any(level => level.Key.StartsWith("Npgsql", StringComparison.OrdinalIgnoreCase)))
        {
            builder.Logging.AddFilter("Npgsql", LogLevel.Warning);
        }

        return builder;
    }
}
