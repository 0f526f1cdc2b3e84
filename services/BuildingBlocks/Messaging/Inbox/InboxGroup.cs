using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using MassTransit;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Customs.BuildingBlocks.Messaging.Inbox;

/// <summary>
/// The messages waiting for one consumer (one consumer type on one database), handled in groups by one transaction at a
/// time: a message that arrives while a group's transaction runs joins the next group. Under load a group holds what
/// came during the previous one (at most <see cref="MaxGroupSize"/>); when messages are few each goes alone and at once,
/// with no wait to fill a group. Each delivery's consume call waits for its own outcome: it is acknowledged only once its
/// group committed, and it faults (to be retried by the endpoint's policy) only if it failed on its own.
/// </summary>
internal sealed class InboxGroup<TMessage>
    where TMessage : class
{
    /// <summary>
    /// The most messages handled in one transaction (an endpoint's prefetch, 32 by default, bounds it too). Below 64: a
    /// handler may write inside a savepoint (Payments' assessment does), and a transaction with more than 64 of those makes
    /// every other session of the database look its subtransactions up on disk (PostgreSQL's per-backend cache holds 64).
    /// </summary>
    public const int MaxGroupSize = 32;

    private static readonly ConditionalWeakTable<NpgsqlDataSource, ConcurrentDictionary<Type, InboxGroup<TMessage>>> Groups = new();

    private readonly Channel<Waiting> _waiting = Channel.CreateUnbounded<Waiting>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ILogger _logger;

    private InboxGroup(ILogger logger)
    {
        _logger = logger;
        // The loop must not keep the first caller's activity and log scope for every group after it.
        using (ExecutionContext.SuppressFlow())
        {
            _ = Task.Run(RunAsync);
        }
    }

    /// <summary>The group of a consumer type on a data source (a test host with a database of its own has its own).</summary>
    public static InboxGroup<TMessage> For(NpgsqlDataSource dataSource, Type consumerType, ILogger logger) =>
        Groups.GetValue(dataSource, _ => new ConcurrentDictionary<Type, InboxGroup<TMessage>>())
            .GetOrAdd(consumerType, static (_, l) => new InboxGroup<TMessage>(l), logger);

    /// <summary>Queues the message for the next group and completes when it was handled (or skipped) and committed.</summary>
    public Task HandleAsync(IdempotentConsumer<TMessage> consumer, ConsumeContext<TMessage> context)
    {
        var waiting = new Waiting(consumer, context, Activity.Current);
        if (!_waiting.Writer.TryWrite(waiting))
        {
            throw new InvalidOperationException("The inbox group no longer takes messages.");
        }

        return waiting.Done.Task;
    }

    private async Task RunAsync()
    {
        var group = new List<Waiting>(MaxGroupSize);
        while (await _waiting.Reader.WaitToReadAsync())
        {
            group.Clear();
            while (group.Count < MaxGroupSize && _waiting.Reader.TryRead(out var next))
            {
                if (next.Context.CancellationToken.IsCancellationRequested)
                {
                    next.Done.TrySetCanceled(next.Context.CancellationToken);
                    continue;
                }

                group.Add(next);
            }

            if (group.Count == 0)
            {
                continue;
            }

            try
            {
                await HandleAsync(group);
            }
            catch (Exception e)
            {
                // Never expected (HandleAsync completes every delivery itself); the loop must outlive it, or every later
                // message of this consumer would wait forever.
                _logger.LogError(e, "Handling a group of {Count} {MessageType} messages failed unexpectedly", group.Count, typeof(TMessage).Name);
                foreach (var waiting in group)
                {
                    Fail(waiting, e);
                }
            }
        }
    }

    private async Task HandleAsync(List<Waiting> group)
    {
        // The first message's consumer (its scope lives until its own delivery completes, after the group) handles them all.
        var first = group[0];
        try
        {
            await RunAsync(first.Consumer, group, first.Context.CancellationToken);
            foreach (var waiting in group)
            {
                waiting.Done.TrySetResult();
            }

            return;
        }
        catch (Exception e) when (group.Count > 1 && !first.Context.CancellationToken.IsCancellationRequested)
        {
            _logger.LogInformation(
                "A group of {Count} {MessageType} messages failed ({Error}); each is handled in a transaction of its own",
                group.Count, typeof(TMessage).Name, e.Message);
        }
        catch (Exception e)
        {
            foreach (var waiting in group)
            {
                Fail(waiting, e);
            }

            return;
        }

        foreach (var waiting in group)
        {
            try
            {
                await RunAsync(waiting.Consumer, [waiting], waiting.Context.CancellationToken);
                waiting.Done.TrySetResult();
            }
            catch (Exception e)
            {
                Fail(waiting, e);
            }
        }
    }

    private static void Fail(Waiting waiting, Exception e)
    {
        if (e is OperationCanceledException && waiting.Context.CancellationToken.IsCancellationRequested)
        {
            waiting.Done.TrySetCanceled(waiting.Context.CancellationToken);
        }
        else
        {
            waiting.Done.TrySetException(e);
        }
    }

    private static Task RunAsync(IdempotentConsumer<TMessage> consumer, List<Waiting> group, CancellationToken cancellationToken) =>
        consumer.HandleGroupAsync(group.ConvertAll(w => new InboxDelivery<TMessage>(w.Context, w.Activity)), cancellationToken);

    private sealed record Waiting(IdempotentConsumer<TMessage> Consumer, ConsumeContext<TMessage> Context, Activity? Activity)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
