using Npgsql;

namespace Customs.BuildingBlocks.Data;

/// <summary>Statements for an <see cref="NpgsqlBatch"/>: built with positional parameters, and sent in one round trip.</summary>
public static class BatchCommand
{
    /// <summary>A statement with positional parameters (<c>$1</c>, <c>$2</c>, …); null is sent as SQL null.</summary>
    public static NpgsqlBatchCommand Of(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        return command;
    }

    /// <summary>Sends the statements in one round trip (none: nothing is sent) and returns the rows they affected.</summary>
    public static async Task<int> ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, IEnumerable<NpgsqlBatchCommand> commands, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var command in commands)
        {
            batch.BatchCommands.Add(command);
        }

        return batch.BatchCommands.Count == 0 ? 0 : await batch.ExecuteNonQueryAsync(ct);
    }
}
