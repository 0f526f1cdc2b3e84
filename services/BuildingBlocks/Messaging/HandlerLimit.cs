using MassTransit;

namespace Customs.BuildingBlocks.Messaging;

/// <summary>
/// How many messages the service's consumers handle at once, all queues together (<c>Messaging:MaxConcurrentHandlers</c>,
/// 32 unless set). Each queue takes <c>PrefetchCount</c> messages at a time, and a service with a dozen consumers could
/// otherwise run hundreds of handlers at once, each holding a database connection: the pool (100) ran dry and the
/// service's own calls waited for a connection until they failed. With this limit and the gRPC call limit
/// (ServiceDefaults, 32 running) the pool always has connections left.
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
