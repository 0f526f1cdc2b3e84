using Npgsql;

namespace Customs.AppHost.Hosting;

/// <summary>A database on a PostgreSQL server, created when the server is first healthy.</summary>
public sealed class PostgresDatabaseResource(string name, string databaseName, PostgresServerResource server)
    : Resource(name), IResourceWithConnectionString
{
    public override string Type => "PostgreSQL database";

    public override Resource Parent => server;

    public string DatabaseName { get; } = databaseName;

    public string ConnectionString => $"{server.ConnectionString};Database={DatabaseName}";

    internal override void Allocate(RunContext context)
    {
    }

    internal override async Task<ProcessSpec?> PrepareAsync(RunContext context, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString + ";Database=postgres;Pooling=false");
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = $1", connection)
        {
            Parameters = { new() { Value = DatabaseName } },
        };
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"create database \"{DatabaseName}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        return null;
    }

    internal override async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString + ";Pooling=false;Timeout=2");
            await connection.OpenAsync(cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return false;
        }
    }
}
