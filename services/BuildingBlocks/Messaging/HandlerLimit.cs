using MassTransit;

namespace Customs.BuildingBlocks.Messaging;

/// <summary>
/// How many messages the service's consumers handle at once, all queues together (<c>Messaging:MaxConcurrentHandlers</c>,
/// 64 unless set), waiting in a consumer's group included. Each queue takes <c>PrefetchCount</c> messages at a time (32),
/// and a service with a dozen consumers once ran hundreds of handlers at once, each holding a database connection: the
/// pool (100) ran dry and the service's own calls waited for a connection until they failed. Since then a consumer
/// handles its messages in groups, one transaction (one connection) at a time (<see cref="Inbox.InboxGroup{TMessage}"/>),
/// and this limit bounds the messages held in memory. With the gRPC call limit (ServiceDefaults, 32 running) the pool
/// always has connections left.
/// </summary>
public sealed class HandlerLimit(int maxConcurrentHandlers)
{
    private readonly SemaphoreSlim _slots = new(maxConcurrentHandlers, maxConcurrentHandlers);

    public int MaxConcurrentHandlers { get; } = maxConcurrentHandlers;

    internal Task WaitAsync(CancellationToken cancellationToken) => _slots.WaitAsync(cancellationToken);

    internal void Release() => _slots.Release();
}

/// <summary>Runs each consumed message inside one of the <see cref="HandlerLimit"/>'s places.</summary>
public sealed class HandlerLimitFilter<T>(HandlerLimit limit) : IFilter<ConsumeContext<T>>
    where T : class
{
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        await limit.WaitAsync(context.CancellationToken);
        try
        {
            await next.Send(context);
        }
        finally
        {
            limit.Release();
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("handlerLimit").Add("max", limit.MaxConcurrentHandlers);
}
