using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Customs.AppHost.Resources;

public static class PostgresBuilderExtensions
{
    /// <summary>
    /// PostgreSQL from the Debian binaries as an executable resource: initialised on first start (<c>initdb</c>, as the
    /// <c>postgres</c> system user when we are root, since PostgreSQL refuses root), listening on loopback only. Where a
    /// container runtime exists, Aspire's <c>AddPostgres(name)</c> (Aspire.Hosting.PostgreSQL) takes its place.
    /// </summary>
    // PostgreSQL writes its whole log, routine lines included, to stderr, which the dashboard shows as errors: its
    // output goes to stdout (each line names its level: LOG, WARNING, ERROR, FATAL). The stop Aspire asks for (SIGTERM)
    // becomes PostgreSQL's fast shutdown (SIGINT): it ends the services' pooled connections instead of waiting for them.
    private const string StartScript = """
        "$@" 2>&1 &
        pid=$!
        trap 'kill -INT "$pid"' TERM INT
        wait "$pid"; status=$?
        while kill -0 "$pid" 2>/dev/null; do wait "$pid"; status=$?; done
        exit "$status"
        """;

    public static IResourceBuilder<PostgresServerResource> AddLocalPostgres(this IDistributedApplicationBuilder builder, string name)
    {
        var folder = LocalServers.DataFolder(builder, name);
        var dataFolder = Path.Combine(folder, "data");
        var password = LocalServers.PasswordParameter(builder, name);
        var server = new PostgresServerResource(name, folder, password.Resource);
        var ephemeral = LocalServers.Ephemeral(builder);

        builder.Services.AddHealthChecks().Add(new(
            $"{name}_check", _ => ProbeHealthCheck.ByConnectionString(server, "PostgreSQL", ProbeAsync), failureStatus: null, tags: null));

        return builder.AddResource(server)
            .WithEndpoint(name: "tcp", scheme: "tcp")
            .WithArgs(context =>
            {
                context.Args.Add("-c");
                context.Args.Add(StartScript);
                context.Args.Add("postgres");
                // setpriv, not su: the server runs as the postgres user; --pdeathsig ends it with its parent.
                context.Args.Add("setpriv");
                context.Args.Add("--pdeathsig");
                context.Args.Add("INT");
                if (LocalServers.IsRoot)
                {
                    context.Args.Add($"--reuid={PostgresServerResource.User}");
                    context.Args.Add($"--regid={PostgresServerResource.User}");
                    context.Args.Add("--init-groups");
                }

                context.Args.Add("--");
                context.Args.Add(ServerBinaries.PostgresBin("postgres"));
                context.Args.Add("-D");
                context.Args.Add(dataFolder);
                context.Args.Add("-p");
                context.Args.Add(server.PrimaryEndpoint.Property(EndpointProperty.TargetPort));
                foreach (var setting in Settings(ephemeral))
                {
                    context.Args.Add("-c");
                    context.Args.Add(setting);
                }
            })
            .WithHealthCheck($"{name}_check")
            .WithIconName("Database")
            .OnBeforeResourceStarted(async (resource, _, cancellationToken) =>
            {
                if (!File.Exists(Path.Combine(dataFolder, "PG_VERSION")))
                {
                    await InitialiseAsync(folder, dataFolder, await resource.Password.GetValueAsync(cancellationToken) ?? "", cancellationToken);
                }
            })
            .OnResourceReady(async (resource, ready, cancellationToken) =>
            {
                var connectionString = await resource.ConnectionStringExpression.GetValueAsync(cancellationToken);
                await CreateDatabasesAsync(connectionString!, resource.Databases.Values, cancellationToken);

                // A database is not a process: it runs when its server is ready and it exists. Its own health check
                // (a query in it) then decides when what waits for it may start.
                var notifications = ready.Services.GetRequiredService<ResourceNotificationService>();
                foreach (var database in builder.Resources.OfType<PostgresDatabaseResource>().Where(d => d.Parent == resource))
                {
                    await notifications.PublishUpdateAsync(database, state => state with
                    {
                        State = KnownResourceStates.Running,
                        StartTimeStamp = DateTime.UtcNow,
                    });
                }
            });
    }

    /// <summary>A database of its own for a service (created on the server when the server is ready).</summary>
    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(
        this IResourceBuilder<PostgresServerResource> server, string name, string? databaseName = null)
    {
        var database = new PostgresDatabaseResource(name, databaseName ?? name, server.Resource);
        server.Resource.Databases[name] = database.DatabaseName;
        server.ApplicationBuilder.Services.AddHealthChecks().Add(new(
            $"{name}_check", _ => ProbeHealthCheck.ByConnectionString(database, "The database", ProbeAsync), failureStatus: null, tags: null));
        return server.ApplicationBuilder.AddResource(database)
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "PostgresDatabase",
                State = KnownResourceStates.Waiting,
                Properties = [new(CustomResourceKnownProperties.Source, database.DatabaseName)],
            })
            .WithParentRelationship(server)
            .WithHealthCheck($"{name}_check")
            .WithIconName("DatabaseStack");
    }

    private static IEnumerable<string> Settings(bool ephemeral)
    {
        yield return "listen_addresses=127.0.0.1";
        yield return "unix_socket_directories=";
        yield return "max_connections=200";
        // What each statement costs, summed since start (the view pg_stat_statements, once `create extension
        // pg_stat_statements` is run in a database): the benchmarks read it, and a developer can ask it what is slow.
        yield return "shared_preload_libraries=pg_stat_statements";
        // Each database is looked at every 10 s (1 min by default). A service prepares its statements as it starts, when its
        // tables are new and empty: their plans are kept until the first analyze, and a plan made for an empty table reads
        // the whole table for each lookup. The first bench minute measured 2,706 such scans of goods_items (95 million
        // rows read) before autovacuum's first analyze; the outbox's rows, stamped as they are published, want the
        // vacuum as often.
        yield return "autovacuum_naptime=10s";
        if (ephemeral)
        {
            yield return "fsync=off";
            yield return "synchronous_commit=off";
            yield return "full_page_writes=off";
        }
    }

    private static async Task ProbeAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false;Timeout=2");
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("select 1", connection);
        await command.ExecuteScalarAsync(cancellationToken);
    }

    private static async Task InitialiseAsync(string folder, string dataFolder, string password, CancellationToken cancellationToken)
    {
        var passwordFile = Path.Combine(folder, "pwfile");
        await File.WriteAllTextAsync(passwordFile, password, cancellationToken);
        Directory.CreateDirectory(dataFolder);
        if (LocalServers.IsRoot)
        {
            await ServerProcess.RunAsync("chown", ["-R", $"{PostgresServerResource.User}:{PostgresServerResource.User}", folder], cancellationToken);
        }

        string[] initdb = [ServerBinaries.PostgresBin("initdb"), "-D", dataFolder, "-U", PostgresServerResource.User,
            "--pwfile", passwordFile, "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"];
        await (LocalServers.IsRoot
            ? ServerProcess.RunAsync("setpriv", [$"--reuid={PostgresServerResource.User}", $"--regid={PostgresServerResource.User}", "--init-groups", .. initdb], cancellationToken)
            : ServerProcess.RunAsync(initdb[0], initdb[1..], cancellationToken));
        File.Delete(passwordFile);
    }

    private static async Task CreateDatabasesAsync(string connectionString, IEnumerable<string> databases, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString + ";Database=postgres;Pooling=false");
        await connection.OpenAsync(cancellationToken);
        foreach (var database in databases)
        {
            await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = @name", connection);
            exists.Parameters.AddWithValue("name", database);
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                await using var create = new NpgsqlCommand($"create database \"{database}\"", connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }
}
