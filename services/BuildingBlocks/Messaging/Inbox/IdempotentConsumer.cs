using Customs.BuildingBlocks.Data;
using MassTransit;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Customs.BuildingBlocks.Messaging.Inbox;

/// <summary>
/// A consumer that handles each message once, however often it is delivered: the inbox row (message id, consumer)
/// and the handler's writes commit in one transaction. A duplicate waits on the first delivery's row lock, then
/// finds the row and is skipped; if the first delivery rolled back, the duplicate handles the message.
/// Follow-up events go through <see cref="Outbox.IOutbox"/> in the same transaction.
/// </summary>
public abstract class IdempotentConsumer<TMessage>(NpgsqlDataSource dataSource, TimeProvider clock, ILogger logger) : IConsumer<TMessage>
    where TMessage : class
{
    /// <summary>The service's clock, for the handler's own timestamps.</summary>
    protected TimeProvider Clock { get; } = clock;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"A {typeof(TMessage).Name} arrived without a MessageId; the inbox cannot tell a redelivery from a new message.");

        // The concrete consumer's name, so two consumers of the same message each handle it once.
        var consumer = GetType().FullName!;
        var cancellationToken = context.CancellationToken;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        const string sql = """
            insert into inbox_messages (message_id, consumer, processed_at)
            values ($1, $2, $3)
            on conflict do nothing
            """;
        await using (var batch = new NpgsqlBatch(connection, transaction))
        {
            batch.BatchCommands.Add(BatchCommand.Of(sql, messageId, consumer, Clock.GetUtcNow()));

            // The handler's first statement (a row lock, say) rides with the inbox row: one round trip for both.
            var leading = LeadingStatement(context.Message);
            if (leading is not null)
            {
                batch.BatchCommands.Add(leading);
            }

            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            LeadingStatementFoundRow = leading is not null && await reader.ReadAsync(cancellationToken);
            await reader.DisposeAsync();
            if (batch.BatchCommands[0].RecordsAffected == 0)
            {
                logger.LogDebug("{MessageType} {MessageId} was already processed by {Consumer}; skipped", typeof(TMessage).Name, messageId, consumer);
                return;
            }
        }

        await HandleAsync(context, connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// A statement the handler would run first (<see cref="BatchCommand.Of"/>), sent in one round trip with the inbox row;
    /// whether it returned a row is <see cref="LeadingStatementFoundRow"/>. None by default.
    /// </summary>
    protected virtual NpgsqlBatchCommand? LeadingStatement(TMessage message) => null;

    /// <summary>Whether <see cref="LeadingStatement"/> returned a row (false when there is none).</summary>
    protected bool LeadingStatementFoundRow { get; private set; }

    /// <summary>Handles the message inside the inbox transaction; the building block commits it. Throw to retry.</summary>
    protected abstract Task HandleAsync(
        ConsumeContext<TMessage> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken);
}
