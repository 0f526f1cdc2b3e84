using System.Reflection;
using Customs.BuildingBlocks.Messaging.Outbox;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Customs.BuildingBlocks.Messaging;

public static class MessagingExtensions
{
    public const string ConnectionName = "messaging";

    /// <summary>
    /// MassTransit on RabbitMQ (<c>ConnectionStrings__messaging</c>) with the transactional outbox and the inbox tables.
    /// Queues are named <c>&lt;serviceName&gt;-&lt;consumer&gt;</c>, so two services consuming the same event each get
    /// their copy. <paramref name="contractAssemblies"/> hold the events this service publishes through the outbox.
    /// Needs <see cref="Data.NpgsqlDataSourceExtensions.AddServiceDataSource"/>.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging(
        this IHostApplicationBuilder builder,
        string serviceName,
        Action<IBusRegistrationConfigurator> configureConsumers,
        params Assembly[] contractAssemblies)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"The connection string '{ConnectionName}' is missing: set ConnectionStrings__{ConnectionName}.");
        }

        var rabbit = RabbitMqConnection.Parse(connectionString);
        var handlers = builder.Configuration.GetValue("Messaging:MaxConcurrentHandlers", 64);
        if (handlers <= 0)
        {
            throw new InvalidOperationException("Messaging:MaxConcurrentHandlers must be positive.");
        }

        builder.Services.AddSingleton(new HandlerLimit(handlers));
        builder.Services.AddMassTransit(bus =>
        {
            // MassTransit would report usage to its vendor's host: a government system makes no call nobody configured.
            bus.DisableUsageTelemetry();
            // "examination-" + DeclarationRegisteredConsumer gives the queue "examination-declaration-registered".
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter($"{serviceName.ToLowerInvariant()}-", false));
            configureConsumers(bus);
            bus.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(rabbit.Host, rabbit.Port, rabbit.VirtualHost, host =>
                {
                    host.Username(rabbit.Username);
                    host.Password(rabbit.Password);
                    if (rabbit.UseTls)
                    {
                        host.UseSsl(ssl => ssl.ServerName = rabbit.Host);
                    }
                });
                // Messages taken from each queue at a time; how many are handled at once, all queues together, is the
                // HandlerLimit's to say. Under load a consumer's next group (InboxGroup) is what came from its queue during
                // the running one, so this bounds the group too.
                cfg.PrefetchCount = builder.Configuration.GetValue("Messaging:PrefetchCount", 32);
                cfg.UseConsumeFilter(typeof(HandlerLimitFilter<>), context);
                cfg.ConfigureEndpoints(context);
            });
        });

        // The host starts its server only once the bus has started: the health endpoint then never answers for a bus
        // that is still connecting (which would log an error at every start; the AppHost starts a service only when
        // RabbitMQ is healthy, so that takes a moment). Once running, a service whose RabbitMQ goes down keeps serving:
        // its bus health check says why it is not ready, and the outbox holds its events. No StartTimeout: the bus must
        // keep connecting until the broker is back. Stopping is short: when the whole graph stops, RabbitMQ goes down
        // beside the services and a bus waiting for it held a service for its whole stop timeout (seconds after the
        // rest of the graph was gone). A message whose consumer did not finish is not acknowledged and comes again, and
        // the inbox makes the second delivery harmless.
        builder.Services.Configure<MassTransitHostOptions>(o =>
        {
            o.WaitUntilStarted = true;
            o.StopTimeout = TimeSpan.FromSeconds(4);
            o.ConsumerStopTimeout = TimeSpan.FromSeconds(3);
        });

        builder.Services.AddOutbox(contractAssemblies);
        builder.Services.Configure<OutboxOptions>(builder.Configuration.GetSection(OutboxOptions.SectionName));
        return builder;
    }
}
