using Customs.BuildingBlocks.Data.Migrations;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Customs.Suite.Tests.Foundation;

[Collection(GraphCollection.Name)]
public sealed class MigrationTests(GraphFixture graph)
{
    private static readonly MigrationModule Probe = new("suite-tests", typeof(MigrationTests).Assembly);

    [Fact]
    public async Task Applying_the_migrations_twice_changes_nothing()
    {
        await using var dataSource = NpgsqlDataSource.Create(await graph.App.CreateScratchDatabaseAsync("postgres", "migrations"));
        var runner = Runner(dataSource);

        var first = await runner.ApplyAsync();
        var schemaAfterFirst = await SchemaAsync(dataSource);
        var journalAfterFirst = await JournalAsync(dataSource);
        var second = await runner.ApplyAsync();

        Assert.Equal(["building-blocks 1", "building-blocks 2", "building-blocks 3", "building-blocks 4", "building-blocks 5", "suite-tests 1", "suite-tests 2", "suite-tests 3", "suite-tests 4", "suite-tests 5"],
            first.Applied.Select(a => $"{a.Module} {a.Version}"));
        Assert.Empty(second.Applied);
        Assert.Equal(5, second.Versions["suite-tests"]);
        Assert.Equal(schemaAfterFirst, await SchemaAsync(dataSource));
        Assert.Equal(journalAfterFirst, await JournalAsync(dataSource));
    }

    [Fact]
    public async Task The_connection_the_runner_used_goes_back_to_the_pool_without_its_lock_or_temporary_functions()
    {
        // As the services' data sources are (AddServiceDataSource): no reset when a connection goes back to the pool. One
        // connection in the pool, so the next lend is the session the runner migrated in.
        var connectionString = new NpgsqlConnectionStringBuilder(await graph.App.CreateScratchDatabaseAsync("postgres", "migrations"))
        {
            NoResetOnClose = true, MaxPoolSize = 1,
        };
        await using var dataSource = NpgsqlDataSource.Create(connectionString);

        await Runner(dataSource).ApplyAsync();

        await using var connection = await dataSource.OpenConnectionAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(
            "select count(*) from pg_locks where locktype = 'advisory' and pid = pg_backend_pid()"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(
            "select count(*) from pg_proc where pronamespace = pg_my_temp_schema()"));
    }

    [Fact]
    public async Task A_script_edited_after_it_was_applied_stops_the_start()
    {
        await using var dataSource = NpgsqlDataSource.Create(await graph.App.CreateScratchDatabaseAsync("postgres", "migrations"));
        var runner = Runner(dataSource);
        await runner.ApplyAsync();
        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            // What the journal would hold had the shipped script been different when it was applied.
            await connection.ExecuteAsync("update schema_migrations set checksum = repeat('0', 64) where module = 'suite-tests' and version = 1");
        }

        var error = await Assert.ThrowsAsync<MigrationException>(() => runner.ApplyAsync());

        Assert.Contains("0001_probe_items was changed after it was applied", error.Message);
    }

    [Fact]
    public async Task A_service_restarted_applies_nothing_and_keeps_its_journal()
    {
        await using var dataSource = await graph.App.CreateDataSourceAsync("examination-db");
        var journalBefore = await JournalAsync(dataSource);
        var processBefore = graph.App.GetProcessId("examination");

        await graph.App.StopResourceAsync("examination");
        await graph.App.StartResourceAsync("examination");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await graph.App.WaitForResourceHealthyAsync("examination", timeout.Token);

        Assert.NotEqual(processBefore, graph.App.GetProcessId("examination"));
        Assert.Contains("service 1 0001 control_cases", string.Join('|', journalBefore));
        Assert.Equal(journalBefore, await JournalAsync(dataSource));
    }

    private static MigrationRunner Runner(NpgsqlDataSource dataSource) =>
        new(dataSource, [Probe], TimeProvider.System, NullLogger<MigrationRunner>.Instance);

    private static async Task<List<string>> SchemaAsync(NpgsqlDataSource dataSource)
    {
        const string sql = """
            select table_name || '.' || column_name || ' ' || data_type || coalesce(' default ' || column_default, '')
            from information_schema.columns where table_schema = 'public'
            union all
            select 'index ' || indexname || ': ' || indexdef from pg_indexes where schemaname = 'public'
            order by 1
            """;
        await using var connection = await dataSource.OpenConnectionAsync();
        return [.. await connection.QueryAsync<string>(sql)];
    }

    private static async Task<List<string>> JournalAsync(NpgsqlDataSource dataSource)
    {
        const string sql = """
            select module || ' ' || version || ' ' || lpad(version::text, 4, '0') || ' ' || name || ' ' || checksum || ' ' || applied_at
            from schema_migrations order by module, version
            """;
        await using var connection = await dataSource.OpenConnectionAsync();
        return [.. await connection.QueryAsync<string>(sql)];
    }
}
