using Aspire.Hosting.Testing;
using Customs.BuildingBlocks.Data;
using Customs.BuildingBlocks.Data.Migrations;
using Customs.BuildingBlocks.Messaging;
using Customs.BuildingBlocks.Messaging.Inbox;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Customs.Suite.Tests.Foundation;

/// <summary>
/// A host of the tests' own with the suite's messaging, outbox and inbox on the graph's RabbitMQ and a scratch database,
/// consuming <see cref="OutboxProbe"/>s (<see cref="OutboxProbeConsumer"/>, counted by <see cref="ProbeDeliveries"/>).
/// </summary>
public static class ProbeHost
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    /// <param name="serviceName">Names the host's queue (<c>&lt;serviceName&gt;-outbox-probe</c>): a test with a queue of its own
    /// gets a copy of every probe published, whatever another test's host still consumes.</param>
    public static async Task<IHost> StartAsync(GraphFixture graph, string database, string serviceName = "suite-tests")
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:probe-db"] = database,
            ["Outbox:PublishTimeout"] = "00:00:02",
            ["Outbox:MaxBackoff"] = "00:00:01",
        });
        builder.Configuration["ConnectionStrings:messaging"] = await graph.App.GetConnectionStringAsync("messaging");
        builder.Services.AddSingleton<ProbeDeliveries>();
        builder.Services.AddConsumeObserver<ProbeDeliveryObserver>();
        builder.AddServiceDataSource("probe-db");
        builder.AddMigrations(typeof(OutboxProbe).Assembly, "suite-tests");
        builder.AddMessaging(serviceName,
            bus => bus.AddConsumer<OutboxProbeConsumer, IdempotentConsumerDefinition<OutboxProbeConsumer>>(),
            typeof(OutboxProbe).Assembly);

        var host = builder.Build();
        await host.StartAsync();
        var bus = host.Services.GetRequiredService<IBusControl>();
        await Eventually.WaitAsync(
            () => Task.FromResult(bus.CheckHealth().Status == BusHealthStatus.Healthy), Patience, "the probe host's bus connected");
        return host;
    }
}
