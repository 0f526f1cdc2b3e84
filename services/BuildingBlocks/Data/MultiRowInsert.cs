using System.Text;
using Npgsql;

namespace Customs.BuildingBlocks.Data;

/// <summary>
/// Inserts many rows with one statement (<c>insert … values (…), (…), …</c>) instead of one round trip per row. A
/// column is named as in the table, with a cast when the value is sent as text (<c>"documents::jsonb"</c>); values
/// are positional parameters whose types Npgsql infers from their CLR types (null is sent untyped and takes the
/// column's). Rows are split into statements under PostgreSQL's limit of 65,535 parameters, sent in one round trip.
/// </summary>
public static class MultiRowInsert
{
    private const int MaxParameters = 65_535;

    /// <param name="onConflict">An <c>on conflict …</c> clause for the statement, or null; no two rows may hit the same key.</param>
    /// <returns>The number of rows inserted (or updated by <paramref name="onConflict"/>).</returns>
    public static Task<int> ExecuteAsync<T>(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string table, IReadOnlyList<string> columns,
        IEnumerable<T> rows, Func<T, object?[]> values, CancellationToken ct, string? onConflict = null) =>
        BatchCommand.ExecuteAsync(connection, transaction, Commands(table, columns, rows, values, onConflict), ct);

    /// <summary>The statements that insert <paramref name="rows"/>, for a batch of the caller's (none when there are no rows).</summary>
    public static IEnumerable<NpgsqlBatchCommand> Commands<T>(
        string table, IReadOnlyList<string> columns, IEnumerable<T> rows, Func<T, object?[]> values, string? onConflict = null)
    {
        ArgumentOutOfRangeException.ThrowIfZero(columns.Count);
        var names = columns.Select(c => c.Split("::")[0]).ToArray();
        var casts = columns.Select(c => c.Contains("::", StringComparison.Ordinal) ? "::" + c.Split("::")[1] : "").ToArray();
        foreach (var chunk in rows.Chunk(MaxParameters / columns.Count))
        {
            var command = new NpgsqlBatchCommand();
            var sql = new StringBuilder($"insert into {table} ({string.Join(", ", names)}) values ");
            for (var r = 0; r < chunk.Length; r++)
            {
                var row = values(chunk[r]);
                if (row.Length != columns.Count)
                {
                    throw new ArgumentException($"A row of {table} has {row.Length} values for {columns.Count} columns.", nameof(values));
                }

                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < row.Length; c++)
                {
                    command.Parameters.Add(new NpgsqlParameter { Value = row[c] ?? DBNull.Value });
                    sql.Append(c == 0 ? "$" : ", $").Append(command.Parameters.Count).Append(casts[c]);
                }

                sql.Append(')');
            }

            if (onConflict is not null)
            {
                sql.Append(' ').Append(onConflict);
            }

            command.CommandText = sql.ToString();
            yield return command;
        }
    }
}
