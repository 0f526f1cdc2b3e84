using Customs.BuildingBlocks.Messaging;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Customs.Benchmarks.Graph;

/// <summary>
/// A bare bus on the graph's RabbitMQ that sends messages straight to one service's queue, where no other service sees
/// them: what loads a single consumer (the control decisions benchmark, the tests of batched decisions).
/// </summary>
public sealed class QueueSender : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly IBusControl _bus;

    private QueueSender(ServiceProvider provider, IBusControl bus, ISendEndpoint endpoint) =>
        (_provider, _bus, Endpoint) = (provider, bus, endpoint);

    public ISendEndpoint Endpoint { get; }

    /// <param name="queue">The queue's name, as MassTransit names a consumer's endpoint (<c>examination-declaration-registered</c>).</param>
    public static async Task<QueueSender> StartAsync(string rabbitConnectionString, string queue)
    {
        var rabbit = RabbitMqConnection.Parse(rabbitConnectionString);
        var services = new ServiceCollection();
        services.AddMassTransit(bus =>
        {
            bus.DisableUsageTelemetry();
            bus.UsingRabbitMq((_, cfg) => cfg.Host(rabbit.Host, rabbit.Port, rabbit.VirtualHost, host =>
            {
                host.Username(rabbit.Username);
                host.Password(rabbit.Password);
            }));
        });
        var provider = services.BuildServiceProvider();
        var bus = provider.GetRequiredService<IBusControl>();
        try
        {
            await bus.StartAsync();
            return new QueueSender(provider, bus, await bus.GetSendEndpoint(new Uri($"queue:{queue}")));
        }
        catch
        {
            await provider.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _bus.StopAsync();
        await _provider.DisposeAsync();
    }
}
