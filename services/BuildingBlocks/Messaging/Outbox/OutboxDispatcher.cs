using System.Diagnostics;
using System.Collections.Concurrent;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Customs.BuildingBlocks.Messaging.Outbox;

/// <summary>
/// Publishes committed outbox rows, oldest first, with MessageId = row id, so a republish after a crash between
/// publish and commit is recognised by the consumers' inbox. Delivery is at least once; a broker outage only
/// delays it: the batch times out, the attempt is recorded, and the dispatcher backs off and tries again.
/// </summary>
public sealed class OutboxDispatcher(
    NpgsqlDataSource dataSource,
    IBus bus,
    MessageTypeRegistry registry,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly OutboxOptions _options = options.Value;

    // Rows whose payload does not deserialise here: retrying them cannot help, skipping them keeps the rest moving.
    private readonly ConcurrentDictionary<Guid, byte> _poisoned = new();

    /// <summary>
    /// Publishes every pending row and returns how many were published. Throws <see cref="OutboxPublishException"/>
    /// when the broker fails or times out (the row keeps its place). For tests that drive the outbox by hand.
    /// </summary>
    /// <remarks>
    /// Up to <see cref="OutboxOptions.BatchesInFlight"/> batches are under way at once: the next batch is locked and its
    /// publishes sent while the broker still confirms the ones before, so a backlog is not published one confirm wait and
    /// one commit at a time. Batches are started in order and finished (confirms awaited, rows marked, committed) in order.
    /// </remarks>
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken = default)
    {
        var published = 0;
        var inFlight = new Queue<Batch>();
        try
        {
            while (true)
            {
                var batch = await StartBatchAsync(cancellationToken);
                var more = batch is not null && batch.Locked == _options.BatchSize;
                if (batch is not null)
                {
                    inFlight.Enqueue(batch);
                }

                while (inFlight.Count > 0 && (!more || inFlight.Count >= _options.BatchesInFlight))
                {
                    published += await FinishBatchAsync(inFlight.Dequeue(), cancellationToken);
                }

                if (!more)
                {
                    return published;
                }
            }
        }
        finally
        {
            // A batch failed (or the dispatcher stops): the batches started after it are finished all the same, so what
            // they published is marked. The first failure is the one reported; a later batch's attempt is on its row.
            while (inFlight.TryDequeue(out var later))
            {
                try
                {
                    await FinishBatchAsync(later, cancellationToken);
                }
                catch (Exception ex)
                {
                    logger.LogDebug(ex, "A later batch of the same pass failed as well");
                }
            }
        }
    }

    /// <summary>Reports pending rows of unknown types and deletes published rows past retention.</summary>
    public async Task RunMaintenanceAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        foreach (var (id, messageType) in await OutboxStore.FlagUnknownTypesAsync(connection, registry.Names, cancellationToken))
        {
            logger.LogError(
                "Outbox message {MessageId} is of type {MessageType}, which no contracts assembly of this service defines; it stays unpublished",
                id, messageType);
        }

        var purged = await OutboxStore.PurgeDispatchedAsync(connection, clock.GetUtcNow() - _options.Retention, cancellationToken);
        if (purged > 0)
        {
            logger.LogInformation("Deleted {Count} published outbox messages older than {Retention}", purged, _options.Retention);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        long? lastMaintenance = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Waits use real time, not the injected clock: a test clock moved forward must not stall or spin the loop.
                if (lastMaintenance is null || Stopwatch.GetElapsedTime(lastMaintenance.Value) >= _options.MaintenanceInterval)
                {
                    await RunMaintenanceAsync(stoppingToken);
                    lastMaintenance = Stopwatch.GetTimestamp();
                }

                await DispatchPendingAsync(stoppingToken);
                failures = 0;
                await signal.WaitAsync(_options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                failures++;
                var backoff = Backoff(failures);
                if (ex is OutboxPublishException publish)
                {
                    logger.LogWarning(
                        "Publishing outbox message {MessageId} ({MessageType}) failed, attempt {Failures} in a row; retrying in {Backoff}: {Error}",
                        publish.MessageId, publish.MessageType, failures, backoff, publish.Message);
                }
                else
                {
                    logger.LogWarning(ex, "Outbox dispatch failed, attempt {Failures} in a row; retrying in {Backoff}", failures, backoff);
                }

                try
                {
                    await Task.Delay(backoff, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private TimeSpan Backoff(int failures)
    {
        var factor = Math.Pow(2, Math.Min(failures - 1, 16));
        return TimeSpan.FromTicks((long)Math.Min(_options.MaxBackoff.Ticks, _options.InitialBackoff.Ticks * factor));
    }

    /// <summary>Locks one batch and sends its publishes in order; null when nothing is pending.</summary>
    private async Task<Batch?> StartBatchAsync(CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        Batch? batch = null;
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            batch = new Batch(connection, transaction, CancellationTokenSource.CreateLinkedTokenSource(cancellationToken));
            var rows = await OutboxStore.LockPendingAsync(connection, transaction, registry.Names, [.. _poisoned.Keys], _options.BatchSize, cancellationToken);
            if (rows.Count == 0)
            {
                await batch.DisposeAsync();
                return null;
            }

            // Every publish of the batch is started in order before any confirm is awaited: the broker confirms them as a
            // stream instead of one round trip each. A failed publish ends the batch; rows after it may already be out
            // (they are marked, as published), so after a broker failure a later event can arrive before an earlier one,
            // as it can anyway with consumers that handle several messages at once: the inbox, not the order, keeps them safe.
            batch.Locked = rows.Count;
            batch.Timeout.CancelAfter(_options.PublishTimeout);
            foreach (var row in rows)
            {
                if (!OutboxSerializer.TryDeserialize(registry, row, out var message, out var type, out var error))
                {
                    _poisoned.TryAdd(row.Id, 0);
                    logger.LogError(error, "Outbox message {MessageId} ({MessageType}) cannot be deserialised; it is skipped", row.Id, row.MessageType);
                    await OutboxStore.RecordFailureAsync(connection, transaction, row.Id, error.Message, cancellationToken);
                    continue;
                }

                batch.Attempts.Add((row, PublishAsync(row, message, type, batch.Timeout.Token)));
            }

            return batch;
        }
        catch
        {
            if (batch is null)
            {
                await connection.DisposeAsync();
            }
            else
            {
                await batch.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>Awaits the batch's confirms, marks what went out and commits, in one round trip; throws for its first failure.</summary>
    private async Task<int> FinishBatchAsync(Batch batch, CancellationToken cancellationToken)
    {
        await using var _ = batch;
        try
        {
            await Task.WhenAll(batch.Attempts.Select(a => a.Publish));
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Each attempt's outcome is read below.
        }

        var published = new List<Guid>(batch.Attempts.Count);
        (OutboxMessage Row, Exception Error)? failure = null;
        foreach (var (row, publish) in batch.Attempts)
        {
            if (publish.IsCompletedSuccessfully)
            {
                published.Add(row.Id);
            }
            else
            {
                failure ??= (row, publish.Exception?.GetBaseException() ?? new OperationCanceledException());
            }
        }

        await OutboxStore.MarkDispatchedAndCommitAsync(batch.Connection, batch.Transaction, published, clock.GetUtcNow(), cancellationToken);
        if (published.Count > 0)
        {
            logger.LogDebug("Published {Count} outbox messages", published.Count);
        }

        if (failure is { } failed)
        {
            var reason = failed.Error is OperationCanceledException
                ? $"The broker did not confirm the publish within {_options.PublishTimeout}."
                : failed.Error.Message;

            // After the batch's commit, in a short transaction of its own: the record of the attempt is kept
            // even though the message was not published.
            await OutboxStore.RecordFailureAsync(batch.Connection, null, failed.Row.Id, reason, cancellationToken);
            throw new OutboxPublishException(failed.Row.Id, failed.Row.MessageType, reason, failed.Error);
        }

        return published.Count;
    }

    private async Task PublishAsync(OutboxMessage row, object message, Type type, CancellationToken timeout)
    {
        using var activity = OutboxTracing.StartPublish(row.TraceParent, row.MessageType);
        logger.LogDebug("Publishing outbox message {MessageId} ({MessageType})", row.Id, row.MessageType);
        var publish = bus.Publish(message, type, Pipe.Execute<PublishContext>(context =>
        {
            context.MessageId = row.Id;
            if (row.CorrelationId is { } correlationId)
            {
                context.CorrelationId = correlationId;
            }
        }), timeout);

        // WaitAsync as well, so a publish that ignored its token cannot hold the batch past the timeout.
        await publish.WaitAsync(timeout);
    }

    /// <summary>A batch under way: its rows locked by its transaction, its publishes sent, their confirms not yet awaited.</summary>
    private sealed class Batch(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationTokenSource timeout) : IAsyncDisposable
    {
        public NpgsqlConnection Connection { get; } = connection;

        public NpgsqlTransaction Transaction { get; } = transaction;

        public CancellationTokenSource Timeout { get; } = timeout;

        public int Locked { get; set; }

        public List<(OutboxMessage Row, Task Publish)> Attempts { get; } = [];

        public async ValueTask DisposeAsync()
        {
            Timeout.Dispose();
            await Transaction.DisposeAsync();
            await Connection.DisposeAsync();
        }
    }
}
