using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Customs.BuildingBlocks.Data.Migrations;

public static class MigrationExtensions
{
    /// <summary>
    /// Applies the building block's tables and then the scripts embedded in <paramref name="assembly"/>
    /// (<c>&lt;EmbeddedResource Include="Data\Migrations\*.sql" /&gt;</c>) at start-up, before the service serves.
    /// Needs a registered <see cref="Npgsql.NpgsqlDataSource"/>.
    /// </summary>
    public static IHostApplicationBuilder AddMigrations(
        this IHostApplicationBuilder builder, Assembly assembly, string module = MigrationModule.ServiceModuleName)
    {
        builder.Services.AddMigrations(assembly, module);
        return builder;
    }

    /// <inheritdoc cref="AddMigrations(IHostApplicationBuilder, Assembly, string)"/>
    public static IServiceCollection AddMigrations(
        this IServiceCollection services, Assembly assembly, string module = MigrationModule.ServiceModuleName)
    {
        services.AddSingleton(new MigrationModule(module, assembly));
        return services.AddBuildingBlockMigrations();
    }

    /// <summary>
    /// Applies only the building block's own tables (outbox, inbox) at start-up; called by the messaging
    /// registration, so they exist even in a host that has no scripts of its own. Idempotent.
    /// </summary>
    public static IServiceCollection AddBuildingBlockMigrations(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MigrationRunner>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, MigrationHostedService>());
        return services;
    }
}
