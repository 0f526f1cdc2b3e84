using System.Diagnostics;

namespace Customs.Benchmarks.Scenarios;

/// <summary>
/// 2. Declarations of n items filed and registered end to end (gRPC in, committed with their outbox events, the events
/// confirmed by RabbitMQ): closed-loop throughput, then latency at a fixed offered load (open-loop).
/// </summary>
public static class FilingBenchmark
{
    public const string Name = "2 Filing";

    public static async Task RunAsync(BenchContext context)
    {
        var filings = new Filings(context);
        var settings = context.Settings;

        // Without the day's rates Payments cannot assess a registered declaration (Art. 326): each one would take the refusal
        // path (a rolled-back savepoint and a row of unassessed_declarations), which is what this benchmark measured until
        // 4 December. With them, every registration is assessed as in production.
        await filings.ImportTodaysRatesAsync();
        var before = await filings.AssessmentCountsAsync();
        foreach (var callers in settings.Callers)
        {
            await context.SettleAsync();
            var result = await context.Runner.ClosedLoopAsync($"file+register, {callers} callers", callers, settings.WarmUp, settings.Window,
                async ct => await filings.FileAndRegisterAsync(ct));

            // "Events confirmed by RabbitMQ": the run is over when the outbox has published what the window wrote.
            var drain = Stopwatch.StartNew();
            var backlog = await filings.UndispatchedEventsAsync();
            while (await filings.UndispatchedEventsAsync() > 0 && drain.Elapsed < TimeSpan.FromMinutes(3))
            {
                await Task.Delay(100);
            }

            var sustained = result.Completed / (result.Window + drain.Elapsed).TotalSeconds;
            context.Report.Add(Name, $"filed+registered ({settings.ItemsPerDeclaration} items), {callers} callers, until the outbox is empty",
                sustained, "decl/s", "≥ 1,500 decl/s", result, context.InsertCeiling);
            context.Report.Notes.Add($"Filing with {callers} callers: {result.PerSecond:0.0} calls/s answered; {backlog} events unpublished at the " +
                $"window's end, published {drain.Elapsed.TotalSeconds:0.0} s later; % of ceiling is against single-row INSERT+COMMIT.");
        }

        var after = await filings.AssessmentCountsAsync();
        context.Report.Notes.Add($"Filing: Payments assessed {after.Assessed - before.Assessed:N0} of the declarations registered by the closed-loop runs " +
            $"and could not assess {after.Unassessed - before.Unassessed:N0}.");

        await context.SettleAsync();
        var deadline = TimeSpan.FromSeconds(10);
        var offered = await context.Runner.OpenLoopAsync($"file+register at {settings.OfferedPerSecond:0}/s", settings.OfferedPerSecond,
            settings.WarmUp, settings.Window, async ct => await filings.FileAndRegisterAsync(ct, DateTime.UtcNow + deadline));
        context.Report.Add(Name, $"p99 at {settings.OfferedPerSecond:0} decl/s offered (open loop, 10 s deadline per call)", offered.Latency.P99, "ms",
            "< 20 ms at 1,000/s", offered);
        context.Report.Add(Name, $"completed at {settings.OfferedPerSecond:0} decl/s offered", offered.PerSecond, "decl/s", load: offered);
    }
}
