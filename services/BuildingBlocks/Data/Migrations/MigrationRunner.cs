using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Customs.BuildingBlocks.Data.Migrations;

/// <summary>
/// Applies the numbered, forward-only scripts of each module that the database has not seen yet.
/// One journal, <c>schema_migrations</c>, keyed by (module, version): the building block's own tables (outbox,
/// inbox) are the "building-blocks" module and a service's scripts are another, so each numbers from 0001 without
/// reserving ranges, and one lock and one table tell the whole history of the schema. The building-block module
/// always goes first, so a service script may refer to the outbox.
/// </summary>
public sealed class MigrationRunner
{
    // Any constant works (each service has its own database); this one is "customs" in ASCII.
    private const long AdvisoryLockKey = 0x637573746F6D73;

    // Rebuilding a large table may take minutes; a script waiting on a lock longer than this is stuck.
    private const int ScriptTimeoutSeconds = 600;

    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _clock;
    private readonly ILogger<MigrationRunner> _logger;

    public MigrationRunner(NpgsqlDataSource dataSource, IEnumerable<MigrationModule> modules, TimeProvider clock, ILogger<MigrationRunner> logger)
    {
        _dataSource = dataSource;
        _clock = clock;
        _logger = logger;
        Modules = [MigrationModule.BuildingBlocks, .. modules.Where(m => m != MigrationModule.BuildingBlocks).Distinct()];
        var clash = Modules.GroupBy(m => m.Name).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new MigrationException($"Two assemblies claim the migration module '{clash.Key}': {string.Join(", ", clash.Select(m => m.Assembly.GetName().Name))}.");
        }
    }

    /// <summary>The modules in the order they are applied.</summary>
    public IReadOnlyList<MigrationModule> Modules { get; }

    public async Task<MigrationResult> ApplyAsync(CancellationToken cancellationToken = default)
    {
        // Read and check every script before touching the database: a misnamed one stops the run early.
        var scripts = Modules.Select(MigrationScript.Load).ToList();

        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await LockAsync(connection, cancellationToken);
        try
        {
            await EnsureJournalAsync(connection, cancellationToken);
            var applied = new List<AppliedMigration>();
            var versions = new Dictionary<string, int>();
            for (var i = 0; i < Modules.Count; i++)
            {
                var module = Modules[i];
                var journal = await ReadJournalAsync(connection, module, cancellationToken);
                var pending = PendingScripts(module, scripts[i], journal);
                foreach (var script in pending)
                {
                    await ApplyScriptAsync(connection, script, cancellationToken);
                    applied.Add(new AppliedMigration(module.Name, script.Version, script.Name));
                    _logger.LogInformation("Applied migration {Module} {Script}", module.Name, script.FileName);
                }

                versions[module.Name] = journal.Keys.Concat(pending.Select(s => s.Version)).DefaultIfEmpty(0).Max();
                _logger.LogInformation(
                    "Migrations of {Module}: applied {Count}, database at version {Version}", module.Name, pending.Count, versions[module.Name]);
            }

            return new MigrationResult(applied, versions);
        }
        finally
        {
            await UnlockAsync(connection);
        }
    }

    /// <summary>Checks the journal against the scripts and returns the scripts still to apply, in order.</summary>
    private List<MigrationScript> PendingScripts(MigrationModule module, IReadOnlyList<MigrationScript> scripts, Dictionary<int, (string Name, string Checksum)> journal)
    {
        foreach (var script in scripts)
        {
            if (journal.TryGetValue(script.Version, out var entry) && entry.Checksum != script.Checksum)
            {
                throw new MigrationException(
                    $"Migration {module.Name} {script.FileName} was changed after it was applied (checksum {entry.Checksum[..12]}…, now " +
                    $"{script.Checksum[..12]}…). Applied scripts are never edited: restore it and add a new script.");
            }
        }

        foreach (var missing in journal.Keys.Where(v => scripts.All(s => s.Version != v)))
        {
            // An older build running against a newer schema (a rollback) is allowed, but worth a word.
            _logger.LogWarning(
                "Migration {Module} {Version:D4}_{Name} is in the journal but not shipped with this build",
                module.Name, missing, journal[missing].Name);
        }

        var latest = journal.Keys.DefaultIfEmpty(0).Max();
        var pending = scripts.Where(s => !journal.ContainsKey(s.Version)).ToList();
        var late = pending.FirstOrDefault(s => s.Version < latest);
        if (late is not null)
        {
            throw new MigrationException(
                $"Migration {module.Name} {late.FileName} is numbered below the database's version {latest:D4} and was never applied. " +
                "Scripts are forward-only: renumber it after the latest one.");
        }

        return pending;
    }

    private async Task ApplyScriptAsync(NpgsqlConnection connection, MigrationScript script, CancellationToken cancellationToken)
    {
        // The script and its journal row commit together: a failed script leaves no trace and is retried next start.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await using (var command = new NpgsqlCommand(script.Sql, connection, transaction) { CommandTimeout = ScriptTimeoutSeconds })
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            const string sql = """
                insert into schema_migrations (module, version, name, applied_at, checksum)
                values (@Module, @Version, @Name, @AppliedAt, @Checksum)
                """;
            await connection.ExecuteAsync(new CommandDefinition(
                sql,
                new { Module = script.Module.Name, script.Version, script.Name, AppliedAt = _clock.GetUtcNow(), script.Checksum },
                transaction,
                cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
        }
        catch (PostgresException ex)
        {
            throw new MigrationException($"Migration {script.Module.Name} {script.FileName} failed: {ex.MessageText}", ex);
        }
    }

    private async Task LockAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        // A session lock, held across the per-script transactions, so two instances starting together
        // apply each script once: the second waits, then finds nothing to do.
        var acquired = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "select pg_try_advisory_lock(@Key)", new { Key = AdvisoryLockKey }, cancellationToken: cancellationToken));
        if (!acquired)
        {
            _logger.LogInformation("Another instance is migrating the database; waiting for it");
            await connection.ExecuteAsync(new CommandDefinition(
                "select pg_advisory_lock(@Key)", new { Key = AdvisoryLockKey }, commandTimeout: 0, cancellationToken: cancellationToken));
        }
    }

    private async Task UnlockAsync(NpgsqlConnection connection)
    {
        // Explicitly: a pooled connection goes back to the pool without a reset (NoResetOnClose), so closing it would keep
        // the lock, and the temporary functions a script made (pg_temp) would stay with the session.
        try
        {
            await connection.ExecuteAsync("select pg_advisory_unlock(@Key); discard temp", new { Key = AdvisoryLockKey });
        }
        catch (NpgsqlException ex)
        {
            // A broken connection is discarded by the pool, and its session's locks go with it.
            _logger.LogDebug(ex, "Releasing the migration lock failed; the broken session releases it");
        }
    }

    private static async Task EnsureJournalAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        const string sql = """
            create table if not exists schema_migrations (
                module     text        not null,
                version    int         not null,
                name       text        not null,
                applied_at timestamptz not null,
                checksum   text        not null,
                primary key (module, version)
            )
            """;
        await connection.ExecuteAsync(new CommandDefinition(sql, cancellationToken: cancellationToken));
    }

    private static async Task<Dictionary<int, (string Name, string Checksum)>> ReadJournalAsync(
        NpgsqlConnection connection, MigrationModule module, CancellationToken cancellationToken)
    {
        const string sql = "select version, name, checksum from schema_migrations where module = @Module";
        var rows = await connection.QueryAsync<(int Version, string Name, string Checksum)>(
            new CommandDefinition(sql, new { Module = module.Name }, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.Version, r => (r.Name, r.Checksum));
    }
}
