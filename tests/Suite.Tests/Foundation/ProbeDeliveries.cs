using System.Collections.Concurrent;
using MassTransit;

namespace Customs.Suite.Tests.Foundation;

/// <summary>Counts every delivery of a probe to the consumer, handled or skipped as a duplicate.</summary>
public sealed class ProbeDeliveries
{
    private readonly ConcurrentDictionary<Guid, int> _deliveries = new();

    public int Of(Guid probeId) => _deliveries.GetValueOrDefault(probeId);

    public void Count(Guid probeId) => _deliveries.AddOrUpdate(probeId, 1, (_, n) => n + 1);
}

public sealed class ProbeDeliveryObserver(ProbeDeliveries deliveries) : IConsumeObserver
{
    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.Message is OutboxProbe probe)
        {
            deliveries.Count(probe.ProbeId);
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
