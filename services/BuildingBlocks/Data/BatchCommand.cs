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

    /// <summary>
    /// The statements as one batch on the connection (in <paramref name="transaction"/>, if any), for a caller that reads
    /// what they return: the reader's first result is that of the first statement returning rows.
    /// </summary>
    public static NpgsqlBatch Batch(NpgsqlConnection connection, NpgsqlTransaction? transaction, IEnumerable<NpgsqlBatchCommand> commands)
    {
        var batch = new NpgsqlBatch(connection, transaction);
        foreach (var command in commands)
        {
            batch.BatchCommands.Add(command);
        }

        return batch;
    }

    /// <summary>Sends the statements in one round trip (none: nothing is sent) and returns the rows they affected.</summary>
    public static async Task<int> ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, IEnumerable<NpgsqlBatchCommand> commands, CancellationToken ct)
    {
        await using var batch = Batch(connection, transaction, commands);
        return batch.BatchCommands.Count == 0 ? 0 : await batch.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// Sends the statements and the transaction's commit in one round trip: a transaction's last writes and its commit need
    /// not wait for each other. If a statement fails, the server skips the rest of the batch, the commit with it: nothing is
    /// committed, the call throws, and disposing <paramref name="transaction"/> rolls it back. Once this returned, the
    /// transaction is committed and complete: dispose it, do not commit it again.
    /// </summary>
    /// <remarks>
    /// The commit is final before the caller reads a statement's result, so a statement whose outcome could call for a
    /// rollback (a versioned update that may match no row) does not belong in this batch unless the rows it needs are
    /// already locked by the transaction.
    /// </remarks>
    public static async Task ExecuteAndCommitAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<NpgsqlBatchCommand> commands, CancellationToken ct) =>
        await ExecuteAsync(connection, transaction, [.. commands, new NpgsqlBatchCommand("commit")], ct);
}
