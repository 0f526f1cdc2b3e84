using Customs.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

public static class ClockExtensions
{
    private const string ClockControlKey = "Testing:ClockControl";

    /// <summary>Every service reads time from the injected TimeProvider; tests may move it forward, production never.</summary>
    public static TBuilder AddClock<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        if (builder.Configuration.GetValue<bool>(ClockControlKey))
        {
            var clock = new AdjustableTimeProvider();
            builder.Services.AddSingleton(clock);
            builder.Services.AddSingleton<TimeProvider>(clock);
        }
        else
        {
            builder.Services.AddSingleton(TimeProvider.System);
        }

        return builder;
    }

    public static WebApplication MapClockControl(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>(ClockControlKey))
        {
            return app;
        }

        app.MapPost("/testing/clock/advance", (TimeSpan by, AdjustableTimeProvider clock) =>
        {
            clock.Advance(by);
            return Results.Ok(new { now = clock.GetUtcNow(), offset = clock.Offset });
        }).AllowAnonymous(); // Test runs only (Testing:ClockControl), never in production.
        return app;
    }
}
