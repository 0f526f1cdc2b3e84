using MassTransit;

namespace Customs.BuildingBlocks.Messaging.Inbox;

/// <summary>
/// The suite's default endpoint settings for a consumer: retries in memory for transient faults (a deadlock, a
/// database failover) before the message goes to the _error queue. Register with
/// <c>x.AddConsumer&lt;TConsumer, IdempotentConsumerDefinition&lt;TConsumer&gt;&gt;()</c>, or derive to add more.
/// </summary>
public class IdempotentConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    /// <summary>Milliseconds between attempts; override to change them for one consumer.</summary>
    protected virtual int[] RetryIntervals => [100, 500, 1000, 5000];

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(r => r.Intervals(RetryIntervals));
    }
}
