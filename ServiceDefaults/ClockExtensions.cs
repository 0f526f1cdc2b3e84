using Customs.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

public static class ClockExtensions
{
    private const string ClockControlKey = "Testing:ClockControl";

    /// <summary>Where a test run keeps the graph's clock offset, so a service it restarts starts on the graph's time.</summary>
    private const string ClockOffsetFileKey = "Testing:ClockOffsetFile";

    /// <summary>Every service reads time from the injected TimeProvider; tests may move it forward, production never.</summary>
    public static TBuilder AddClock<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        if (builder.Configuration.GetValue<bool>(ClockControlKey))
        {
            var clock = new AdjustableTimeProvider();
            if (builder.Configuration[ClockOffsetFileKey] is { Length: > 0 } file && File.Exists(file))
            {
                clock.Advance(TimeSpan.Parse(File.ReadAllText(file).Trim(), System.Globalization.CultureInfo.InvariantCulture));
            }

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

        app.MapGet("/testing/clock", (AdjustableTimeProvider clock) => Results.Ok(new { now = clock.GetUtcNow(), offset = clock.Offset }))
            .AllowAnonymous(); // Test runs only (Testing:ClockControl), never in production.
        app.MapPost("/testing/clock/advance", (TimeSpan by, AdjustableTimeProvider clock) =>
        {
            clock.Advance(by);
            return Results.Ok(new { now = clock.GetUtcNow(), offset = clock.Offset });
        }).AllowAnonymous(); // Test runs only (Testing:ClockControl), never in production.
        return app;
    }
}
