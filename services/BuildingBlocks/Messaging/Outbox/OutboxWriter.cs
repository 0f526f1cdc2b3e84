using Customs.BuildingBlocks.Data;
using Npgsql;

namespace Customs.BuildingBlocks.Messaging.Outbox;

/// <inheritdoc cref="IOutbox"/>
public sealed class OutboxWriter(MessageTypeRegistry registry, OutboxSignal signal, TimeProvider clock) : IOutbox
{
    public Task EnqueueAsync<T>(
        NpgsqlConnection connection, NpgsqlTransaction transaction, T message, Guid? messageId = null, CancellationToken cancellationToken = default)
        where T : class =>
        EnqueueAsync(connection, transaction, message, messageId, correlationId: null, cancellationToken);

    public async Task EnqueueAsync<T>(
        NpgsqlConnection connection, NpgsqlTransaction transaction, T message, Guid? messageId, Guid? correlationId, CancellationToken cancellationToken = default)
        where T : class
    {
        CheckTransaction(connection, transaction);
        await BatchCommand.ExecuteAsync(connection, transaction, [EnqueueCommand(connection, message, messageId, correlationId)], cancellationToken);
    }

    public NpgsqlBatchCommand EnqueueCommand<T>(NpgsqlConnection connection, T message, Guid? messageId = null, Guid? correlationId = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(message);
        var type = KnownType(message);
        const string sql = """
            insert into outbox_messages (id, message_type, payload, occurred_at, correlation_id, trace_parent)
            values ($1, $2, cast($3 as jsonb), $4, $5, $6)
            """;
        var occurredAt = clock.GetUtcNow();
        var command = BatchCommand.Of(sql,
            messageId ?? Guid.CreateVersion7(occurredAt), type.FullName, OutboxSerializer.Serialize(message, type), occurredAt, correlationId,
            OutboxTracing.CurrentTraceParent());

        // The dispatcher looks as soon as the caller's connection is closed, after its commit.
        signal.AfterClose(connection);
        return command;
    }

    public async Task EnqueueManyAsync<T>(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<OutboxEntry<T>> messages, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(messages);
        CheckTransaction(connection, transaction);
        if (messages.Count == 0)
        {
            return;
        }

        var occurredAt = clock.GetUtcNow();
        var rows = messages.Select(m =>
        {
            var type = KnownType(m.Message ?? throw new ArgumentException("A message of the batch is null.", nameof(messages)));
            return new object?[]
            {
                Guid.CreateVersion7(occurredAt), type.FullName, OutboxSerializer.Serialize(m.Message, type), occurredAt, m.CorrelationId, m.TraceParent,
            };
        }).ToList();
        await MultiRowInsert.ExecuteAsync(connection, transaction, "outbox_messages", Columns, rows, r => r, cancellationToken);
        signal.AfterClose(connection);
    }

    private static readonly string[] Columns = ["id", "message_type", "payload::jsonb", "occurred_at", "correlation_id", "trace_parent"];

    private static void CheckTransaction(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(transaction);
        if (transaction.Connection != connection)
        {
            throw new ArgumentException("The transaction is already completed or belongs to another connection.", nameof(transaction));
        }
    }

    /// <summary>
    /// The runtime type, since that is what the dispatcher can publish (T may be a base type). Checked now, so a missing
    /// contracts assembly fails the request instead of leaving an unpublishable row.
    /// </summary>
    private Type KnownType(object message)
    {
        var type = message.GetType();
        return registry.IsKnown(type) ? type : throw new ArgumentException(
            $"{type.FullName} is not a known message type: pass its contracts assembly to AddMessaging (or AddOutbox).", nameof(message));
    }
}
