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
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken = default)
    {
        var published = 0;
        while (true)
        {
            var (locked, count) = await DispatchBatchAsync(cancellationToken);
            published += count;
            if (locked < _options.BatchSize)
            {
                return published;
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

    /// <summary>Locks one batch, publishes it in order until the first failure, and marks what went out.</summary>
    private async Task<(int Locked, int Published)> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rows = await OutboxStore.LockPendingAsync(connection, transaction, registry.Names, [.. _poisoned.Keys], _options.BatchSize, cancellationToken);
        if (rows.Count == 0)
        {
            return (0, 0);
        }

        // Every publish of the batch is started in order before any confirm is awaited: the broker confirms them as a
        // stream instead of one round trip each. A failed publish ends the batch; rows after it may already be out
        // (they are marked, as published), so after a broker failure a later event can arrive before an earlier one,
        // as it can anyway with consumers that handle several messages at once: the inbox, not the order, keeps them safe.
        var attempts = new List<(OutboxMessage Row, Task Publish)>(rows.Count);
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(_options.PublishTimeout);
            foreach (var row in rows)
            {
                if (!OutboxSerializer.TryDeserialize(registry, row, out var message, out var type, out var error))
                {
                    _poisoned.TryAdd(row.Id, 0);
                    logger.LogError(error, "Outbox message {MessageId} ({MessageType}) cannot be deserialised; it is skipped", row.Id, row.MessageType);
                    await OutboxStore.RecordFailureAsync(connection, transaction, row.Id, error.Message, cancellationToken);
                    continue;
                }

                attempts.Add((row, PublishAsync(row, message, type, timeout.Token)));
            }

            try
            {
                await Task.WhenAll(attempts.Select(a => a.Publish));
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                // Each attempt's outcome is read below.
            }
        }

        var published = new List<Guid>(attempts.Count);
        (OutboxMessage Row, Exception Error)? failure = null;
        foreach (var (row, publish) in attempts)
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

        await OutboxStore.MarkDispatchedAsync(connection, transaction, published, clock.GetUtcNow(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
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
            await OutboxStore.RecordFailureAsync(connection, null, failed.Row.Id, reason, cancellationToken);
            throw new OutboxPublishException(failed.Row.Id, failed.Row.MessageType, reason, failed.Error);
        }

        return (rows.Count, published.Count);
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
}
