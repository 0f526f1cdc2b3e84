using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Customs.BuildingBlocks.Calendar;

public static class CalendarExtensions
{
    /// <summary>One <see cref="WorkingCalendars"/> per service, logging every year it has to answer provisionally.</summary>
    public static IServiceCollection AddWorkingCalendars(this IServiceCollection services) =>
        services.AddSingleton(sp => new WorkingCalendars(sp.GetService<ILoggerFactory>()));
}
