using System.Reflection;
using Customs.BuildingBlocks.Data.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Customs.BuildingBlocks.Messaging.Outbox;

public static class OutboxExtensions
{
    /// <summary>
    /// Registers the outbox (writer, type registry, dispatcher) and its table's migration. Needs an
    /// <see cref="Npgsql.NpgsqlDataSource"/> and a MassTransit bus; works in any service collection, not only a
    /// web host. May be called more than once: the contracts assemblies add up.
    /// </summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services, params Assembly[] contractAssemblies)
    {
        foreach (var assembly in contractAssemblies)
        {
            services.AddSingleton(new MessageContractAssembly(assembly));
        }

        services.AddOptions<OutboxOptions>()
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.PublishTimeout > TimeSpan.Zero && o.BatchSize > 0 && o.BatchesInFlight > 0,
                "Outbox intervals, batch size and batches in flight must be positive.")
            .Validate(o => o.InitialBackoff > TimeSpan.Zero && o.MaxBackoff >= o.InitialBackoff, "Outbox backoff must be positive and MaxBackoff >= InitialBackoff.");
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new MessageTypeRegistry(sp.GetServices<MessageContractAssembly>().Select(c => c.Assembly)));
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<OutboxWriter>();
        services.TryAddSingleton<IOutbox>(sp => sp.GetRequiredService<OutboxWriter>());
        services.TryAddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        return services.AddBuildingBlockMigrations();
    }
}
