using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Customs.BuildingBlocks.Calendar;

public static class CalendarExtensions
{
    /// <summary>One <see cref="WorkingCalendars"/> per service, logging every year it has to answer provisionally.</summary>
    public static IServiceCollection AddWorkingCalendars(this IServiceCollection services) =>
        services.AddSingleton(sp => new WorkingCalendars(sp.GetService<ILoggerFactory>()));

    /// <summary>
    /// Registers a kind of provisional deadline to count again at start-up when a jurisdiction's calendar data changed
    /// (<see cref="ProvisionalTermsRefresh"/>). Needs the service's <see cref="Npgsql.NpgsqlDataSource"/> and migrations.
    /// </summary>
    public static IServiceCollection AddProvisionalTerms<T>(this IServiceCollection services) where T : class, IProvisionalTerms
    {
        services.AddSingleton<IProvisionalTerms, T>();
        services.TryAddSingleton<ProvisionalTermsRefresh>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ProvisionalTermsRefresh>(sp => sp.GetRequiredService<ProvisionalTermsRefresh>()));
        return services;
    }
}
