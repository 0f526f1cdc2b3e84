using Npgsql;

namespace Customs.BuildingBlocks.Messaging.Outbox;

/// <summary>
/// Puts an event in the outbox inside the caller's transaction: the state change and its event commit together or
/// not at all, and the <see cref="OutboxDispatcher"/> publishes the event after the commit.
/// </summary>
public interface IOutbox
{
    /// <param name="messageId">The MessageId consumers deduplicate on; a new time-ordered id when null.</param>
    Task EnqueueAsync<T>(
        NpgsqlConnection connection, NpgsqlTransaction transaction, T message, Guid? messageId = null, CancellationToken cancellationToken = default)
        where T : class;

    /// <param name="correlationId">Published as the message's CorrelationId, e.g. that of the message being consumed.</param>
    Task EnqueueAsync<T>(
        NpgsqlConnection connection, NpgsqlTransaction transaction, T message, Guid? messageId, Guid? correlationId, CancellationToken cancellationToken = default)
        where T : class;

    /// <summary>
    /// The statement that puts the event in the outbox, for the caller to send with its own statements in its transaction
    /// (one round trip for the change and its event): the event is published only if the statement ran and that
    /// transaction committed.
    /// </summary>
    NpgsqlBatchCommand EnqueueCommand<T>(NpgsqlConnection connection, T message, Guid? messageId = null, Guid? correlationId = null)
        where T : class;

    /// <summary>
    /// Puts many events in the outbox with one statement (a batch's events), each with a new time-ordered id, its own
    /// correlation id and the trace of the operation it belongs to.
    /// </summary>
    Task EnqueueManyAsync<T>(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<OutboxEntry<T>> messages, CancellationToken cancellationToken = default)
        where T : class;
}

/// <summary>One event of a batch: its CorrelationId and the traceparent of the operation it belongs to (both may be null).</summary>
public readonly record struct OutboxEntry<T>(T Message, Guid? CorrelationId, string? TraceParent)
    where T : class;
