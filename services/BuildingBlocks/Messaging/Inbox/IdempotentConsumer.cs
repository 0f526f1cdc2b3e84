using System.Diagnostics;
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
/// <para>
/// Messages that arrive while the consumer's previous transaction runs are handled together, one after the other, in the
/// next one (<see cref="InboxGroup{TMessage}"/>): one round trip for their inbox rows and one durable commit for all of
/// them, where each used to take its own. When a group fails, each of its messages is handled again in a transaction of
/// its own, so one bad message fails alone (and is retried, then moved to the error queue, alone).
/// </para>
/// </summary>
public abstract class IdempotentConsumer<TMessage>(NpgsqlDataSource dataSource, TimeProvider clock, ILogger logger) : IConsumer<TMessage>
    where TMessage : class
{
    private const string InsertInboxRows = """
        insert into inbox_messages (message_id, consumer, processed_at)
        select m, $2, $3 from (select distinct unnest($1::uuid[])) as fresh (m)
        on conflict do nothing
        returning message_id
        """;

    /// <summary>The service's clock, for the handler's own timestamps.</summary>
    protected TimeProvider Clock { get; } = clock;

    public Task Consume(ConsumeContext<TMessage> context)
    {
        if (context.MessageId is null)
        {
            throw new InvalidOperationException($"A {typeof(TMessage).Name} arrived without a MessageId; the inbox cannot tell a redelivery from a new message.");
        }

        return InboxGroup<TMessage>.For(dataSource, GetType(), logger).HandleAsync(this, context);
    }

    /// <summary>
    /// Handles the messages in one transaction, in the order given; a message whose inbox row is there already (or that
    /// comes twice in the group) is skipped. Throws when any handler throws, and nothing of the group is committed.
    /// </summary>
    internal async Task HandleGroupAsync(IReadOnlyList<InboxDelivery<TMessage>> group, CancellationToken cancellationToken)
    {
        // The group's own statements are traced under its first message, each handler's under its own message.
        var callerActivity = Activity.Current;
        Activity.Current = group[0].Activity;
        try
        {
            await HandleGroupInTransactionAsync(group, cancellationToken);
        }
        finally
        {
            Activity.Current = callerActivity;
        }
    }

    private async Task HandleGroupInTransactionAsync(IReadOnlyList<InboxDelivery<TMessage>> group, CancellationToken cancellationToken)
    {
        // The concrete consumer's name, so two consumers of the same message each handle it once.
        var consumer = GetType().FullName!;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var fresh = new HashSet<Guid>();
        var ids = new Guid[group.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = group[i].Context.MessageId!.Value;
        }

        var inboxRows = BatchCommand.Of(InsertInboxRows, ids, consumer, Clock.GetUtcNow());
        // The handlers' first statement (row locks, say) rides with the inbox rows: one round trip for both.
        var leading = LeadingStatement(group.Select(d => d.Context.Message).ToList());
        await using (var batch = BatchCommand.Batch(connection, transaction, leading is null ? [inboxRows] : [inboxRows, leading]))
        {
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                fresh.Add(reader.GetGuid(0));
            }

            if (leading is not null)
            {
                await reader.NextResultAsync(cancellationToken);
                await ReadLeadingAsync(reader, cancellationToken);
            }
        }

        foreach (var (context, activity) in group)
        {
            // Remove: a message delivered twice into one group is handled by its first copy only.
            if (!fresh.Remove(context.MessageId!.Value))
            {
                logger.LogDebug("{MessageType} {MessageId} was already processed by {Consumer}; skipped", typeof(TMessage).Name, context.MessageId, consumer);
                continue;
            }

            // Each handler's statements and logs belong to its own message's trace.
            Activity.Current = activity;
            await HandleAsync(context, connection, transaction, cancellationToken);
        }

        Activity.Current = group[0].Activity;
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// A statement the handlers would run first for the group's messages (<see cref="BatchCommand.Of"/>), sent in one round
    /// trip with the inbox rows; its rows go to <see cref="ReadLeadingAsync"/>. None by default. Locks it takes are held to
    /// the commit: take several in one order (by key), so two transactions never wait for each other in a cycle (a deadlock).
    /// </summary>
    protected virtual NpgsqlBatchCommand? LeadingStatement(IReadOnlyList<TMessage> messages) => null;

    /// <summary>Reads the rows <see cref="LeadingStatement"/> returned, before any message is handled.</summary>
    protected virtual Task ReadLeadingAsync(NpgsqlDataReader reader, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Handles the message inside the inbox transaction; the building block commits it. Throw to retry.</summary>
    protected abstract Task HandleAsync(
        ConsumeContext<TMessage> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken);
}

/// <summary>A delivery waiting in an <see cref="InboxGroup{TMessage}"/>, with the activity its consume call runs under.</summary>
internal readonly record struct InboxDelivery<TMessage>(ConsumeContext<TMessage> Context, Activity? Activity)
    where TMessage : class;
