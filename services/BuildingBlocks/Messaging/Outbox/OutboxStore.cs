using Customs.BuildingBlocks.Data;
using Dapper;
using Npgsql;

namespace Customs.BuildingBlocks.Messaging.Outbox;

/// <summary>The dispatcher's SQL against <c>outbox_messages</c>.</summary>
internal static class OutboxStore
{
    /// <summary>Recorded on rows whose type no contracts assembly of this service defines; they are reported once.</summary>
    public const string UnknownTypeError = "Unknown message type: no contracts assembly registered with this service's outbox defines it.";

    private const int MaxErrorLength = 2000;

    /// <summary>
    /// Locks the oldest pending rows this process can publish. SKIP LOCKED lets several instances share the work;
    /// rows of unknown types and rows that failed to deserialise here are left out, so they cannot block the queue.
    /// </summary>
    public static async Task<IReadOnlyList<OutboxMessage>> LockPendingAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<string> knownTypes,
        IReadOnlyCollection<Guid> skipped, int batchSize, CancellationToken cancellationToken)
    {
        const string sql = """
            select id, message_type as MessageType, payload::text as Payload, correlation_id as CorrelationId, trace_parent as TraceParent
            from outbox_messages
            where dispatched_at is null
              and message_type = any(@KnownTypes)
              and not (id = any(@Skipped))
            order by occurred_at
            limit @BatchSize
            for update skip locked
            """;
        var rows = await connection.QueryAsync<OutboxMessage>(new CommandDefinition(
            sql,
            new { KnownTypes = knownTypes.ToArray(), Skipped = skipped.ToArray(), BatchSize = batchSize },
            transaction,
            cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>Stamps the published rows and commits the batch's transaction, in one round trip.</summary>
    public static async Task MarkDispatchedAndCommitAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<Guid> ids, DateTimeOffset now, CancellationToken cancellationToken)
    {
        NpgsqlBatchCommand[] mark = ids.Count == 0
            ? []
            : [BatchCommand.Of("update outbox_messages set dispatched_at = $1 where id = any($2)", now, ids.ToArray())];
        await BatchCommand.ExecuteAndCommitAsync(connection, transaction, mark, cancellationToken);
    }

    /// <summary>Counts a failed attempt on a row; the row stays pending.</summary>
    public static async Task RecordFailureAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid id, string error, CancellationToken cancellationToken)
    {
        const string sql = "update outbox_messages set attempts = attempts + 1, last_error = @Error where id = @Id";
        var truncated = error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
        await connection.ExecuteAsync(new CommandDefinition(sql, new { Id = id, Error = truncated }, transaction, cancellationToken: cancellationToken));
    }

    /// <summary>Marks pending rows of unknown types not yet marked, and returns them so each is reported once.</summary>
    public static async Task<IReadOnlyList<(Guid Id, string MessageType)>> FlagUnknownTypesAsync(
        NpgsqlConnection connection, IReadOnlyList<string> knownTypes, CancellationToken cancellationToken)
    {
        const string sql = """
            update outbox_messages
            set attempts = attempts + 1, last_error = @Error
            where dispatched_at is null
              and not (message_type = any(@KnownTypes))
              and last_error is distinct from @Error
            returning id, message_type
            """;
        var rows = await connection.QueryAsync<(Guid, string)>(new CommandDefinition(
            sql, new { KnownTypes = knownTypes.ToArray(), Error = UnknownTypeError }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>Deletes published rows dispatched before <paramref name="cutoff"/>, in chunks that keep locks short.</summary>
    public static async Task<int> PurgeDispatchedAsync(NpgsqlConnection connection, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        const int chunk = 1000;
        const string sql = """
            delete from outbox_messages
            where id in (select id from outbox_messages where dispatched_at < @Cutoff limit @Chunk)
            """;
        var total = 0;
        int deleted;
        do
        {
            deleted = await connection.ExecuteAsync(new CommandDefinition(sql, new { Cutoff = cutoff, Chunk = chunk }, cancellationToken: cancellationToken));
            total += deleted;
        }
        while (deleted == chunk);

        return total;
    }
}
