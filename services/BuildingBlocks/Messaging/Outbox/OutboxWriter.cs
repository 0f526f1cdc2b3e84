using Dapper;
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
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(message);
        if (transaction.Connection != connection)
        {
            throw new ArgumentException("The transaction is already completed or belongs to another connection.", nameof(transaction));
        }

        // The runtime type, since that is what the dispatcher can publish (T may be a base type).
        // Checked now, so a missing contracts assembly fails the request instead of leaving an unpublishable row.
        var type = message.GetType();
        if (!registry.IsKnown(type))
        {
            throw new ArgumentException(
                $"{type.FullName} is not a known message type: pass its contracts assembly to AddMessaging (or AddOutbox).", nameof(message));
        }

        const string sql = """
            insert into outbox_messages (id, message_type, payload, occurred_at, correlation_id, trace_parent)
            values (@Id, @MessageType, cast(@Payload as jsonb), @OccurredAt, @CorrelationId, @TraceParent)
            """;
        var occurredAt = clock.GetUtcNow();
        var row = new
        {
            Id = messageId ?? Guid.CreateVersion7(occurredAt),
            MessageType = type.FullName,
            Payload = OutboxSerializer.Serialize(message, type),
            OccurredAt = occurredAt,
            CorrelationId = correlationId,
            TraceParent = OutboxTracing.CurrentTraceParent(),
        };
        await connection.ExecuteAsync(new CommandDefinition(sql, row, transaction, cancellationToken: cancellationToken));

        // The dispatcher looks as soon as the caller's connection is closed, after its commit.
        signal.AfterClose(connection);
    }
}
