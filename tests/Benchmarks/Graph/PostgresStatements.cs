using Npgsql;

namespace Customs.Benchmarks.Graph;

/// <summary>
/// What PostgreSQL spent its time on during one benchmark, from <c>pg_stat_statements</c> (the AppHost preloads it): the
/// statements of all the services' databases, the busiest first, so a report says where the database time went.
/// </summary>
public sealed class PostgresStatements(GraphTarget target)
{
    private bool _unavailable;

    /// <summary>Forgets what was counted so far. False (once logged) when the extension cannot be used.</summary>
    public async Task<bool> ResetAsync(Action<string> log)
    {
        if (_unavailable)
        {
            return false;
        }

        try
        {
            await using var connection = await OpenAsync();
            await using var command = new NpgsqlCommand("create extension if not exists pg_stat_statements; select pg_stat_statements_reset();", connection);
            await command.ExecuteNonQueryAsync();
            return true;
        }
        catch (PostgresException ex)
        {
            _unavailable = true;
            log($"pg_stat_statements is not available ({ex.MessageText}); reports carry no statement figures");
            return false;
        }
    }

    /// <summary>The <paramref name="count"/> statements with the most execution time since the reset, one line each.</summary>
    public Task<IReadOnlyList<string>> BusiestAsync(int count) => TopAsync("""
        select d.datname, s.calls, s.total_exec_time, s.mean_exec_time, regexp_replace(s.query, '\s+', ' ', 'g')
        from pg_stat_statements s join pg_database d on d.oid = s.dbid
        where d.datname <> 'postgres'
        order by s.total_exec_time desc
        limit $1
        """, count);

    /// <summary>
    /// The <paramref name="perDatabase"/> statements of each database executed most often since the reset, one line each:
    /// with the declarations a benchmark made, the round trips one declaration costs, statement by statement.
    /// </summary>
    public Task<IReadOnlyList<string>> MostCalledAsync(int perDatabase) => TopAsync("""
        select datname, calls, total_exec_time, mean_exec_time, query
        from (select d.datname, s.calls, s.total_exec_time, s.mean_exec_time, regexp_replace(s.query, '\s+', ' ', 'g') as query,
                     row_number() over (partition by s.dbid order by s.calls desc) as rank
              from pg_stat_statements s join pg_database d on d.oid = s.dbid
              where d.datname <> 'postgres') ranked
        where rank <= $1
        order by datname, calls desc
        """, perDatabase);

    private async Task<IReadOnlyList<string>> TopAsync(string sql, int count)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new() { Value = (long)count } } };
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            var query = reader.GetString(4);
            lines.Add($"{reader.GetString(0)}: {reader.GetDouble(2) / 1000:0.0} s in {reader.GetInt64(1):N0} calls " +
                $"(mean {reader.GetDouble(3):0.###} ms, lock waits included): `{(query.Length <= 120 ? query : query[..119] + "…")}`");
        }

        return lines;
    }

    /// <summary>
    /// Statements executed per database since the reset (transaction control and other utility statements included), the
    /// most first: divided by the declarations a benchmark made, what one declaration costs each service's database.
    /// </summary>
    public async Task<string> PerDatabaseAsync()
    {
        const string sql = """
            select d.datname, sum(s.calls)::bigint, sum(s.total_exec_time)
            from pg_stat_statements s join pg_database d on d.oid = s.dbid
            where d.datname <> 'postgres'
            group by d.datname
            order by 2 desc
            """;
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var parts = new List<string>();
        while (await reader.ReadAsync())
        {
            parts.Add($"{reader.GetString(0)} {reader.GetInt64(1):N0} ({reader.GetDouble(2) / 1000:0.0} s)");
        }

        return string.Join(", ", parts);
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var server = new NpgsqlConnectionStringBuilder(await target.ConnectionStringAsync("postgres")) { Database = "postgres" };
        var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
