using System.Collections.Concurrent;
using MassTransit;

namespace Customs.Suite.Tests.Foundation;

/// <summary>
/// Counts every delivery of a probe to the consumer, handled or skipped as a duplicate, the probes that reached the
/// consumer, and each probe's faults.
/// </summary>
public sealed class ProbeDeliveries
{
    private readonly ConcurrentDictionary<Guid, int> _deliveries = new();
    private readonly ConcurrentDictionary<Guid, int> _faults = new();
    private readonly ConcurrentDictionary<Guid, bool> _arrived = new();

    public int Of(Guid probeId) => _deliveries.GetValueOrDefault(probeId);

    public int FaultsOf(Guid probeId) => _faults.GetValueOrDefault(probeId);

    /// <summary>How many different probes have reached the consumer (finished or not).</summary>
    public int Arrived => _arrived.Count;

    public void Count(Guid probeId) => _deliveries.AddOrUpdate(probeId, 1, (_, n) => n + 1);

    public void Fault(Guid probeId) => _faults.AddOrUpdate(probeId, 1, (_, n) => n + 1);

    public void Arrive(Guid probeId) => _arrived.TryAdd(probeId, true);
}

public sealed class ProbeDeliveryObserver(ProbeDeliveries deliveries) : IConsumeObserver
{
    public Task PreConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.Message is OutboxProbe probe)
        {
            deliveries.Arrive(probe.ProbeId);
        }

        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.Message is OutboxProbe probe)
        {
            deliveries.Count(probe.ProbeId);
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class
    {
        if (context.Message is OutboxProbe probe)
        {
            deliveries.Fault(probe.ProbeId);
        }

        return Task.CompletedTask;
    }
}
