using System.Diagnostics;
using Customs.Declarations.V1;

namespace Customs.Benchmarks.Scenarios;

/// <summary>
/// 5. Declarations from filing to release with all four services: filed, registered, screened by the IP register (release
/// waits for it, Art. 397(1)), given a control decision by Examination, assessed by Payments and paid by the declarant's
/// bank as soon as Payments says what is owed, and released automatically once every condition holds. Throughput with several declarants at once, and the time a single green-lane
/// declaration takes from filing to release.
/// </summary>
public static class WholeFlowBenchmark
{
    public const string Name = "5 Whole flow";

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(10);

    public static async Task RunAsync(BenchContext context)
    {
        var filings = new Filings(context);
        var settings = context.Settings;
        await filings.ImportTodaysRatesAsync();

        var single = await context.Runner.ClosedLoopAsync("filing to release, 1 declarant", 1, settings.WarmUp, settings.Window,
            ct => FileToReleaseAsync(filings, ct));
        context.Report.Add(Name, "filing to release of one green-lane declaration, p50", single.Latency.P50, "ms", "< 1,000 ms", single);

        var many = await context.Runner.ClosedLoopAsync($"filing to release, {settings.FlowCallers} declarants", settings.FlowCallers,
            settings.WarmUp, settings.Window, ct => FileToReleaseAsync(filings, ct));
        context.Report.Add(Name, $"filed to released, {settings.FlowCallers} declarants at once", many.PerSecond, "decl/s", load: many);
        context.Report.Notes.Add($"Whole flow: the declarant's client asks every {Poll.TotalMilliseconds:0} ms what release waits for, pays when Payments says what is owed, and waits for the automatic release.");
    }

    public static async Task FileToReleaseAsync(Filings filings, CancellationToken ct)
    {
        // Presented today at the office (Moscow time), so the term of Art. 329(1) has not run and no penalty is due.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/Moscow"));
        var presentedOn = new Google.Type.Date { Year = today.Year, Month = today.Month, Day = today.Day };
        var registered = await filings.FileAndRegisterAsync(ct, presentedOn: presentedOn);
        var waited = Stopwatch.StartNew();
        var paid = false;
        while (true)
        {
            var current = (await filings.Client.GetDeclarationAsync(
                new GetDeclarationRequest { DeclarationId = registered.DeclarationId }, filings.Officer, cancellationToken: ct)).Declaration;
            if (current.Status == DeclarationStatus.Released)
            {
                return;
            }

            if (current.Status != DeclarationStatus.UnderControl || waited.Elapsed > TimeSpan.FromSeconds(60))
            {
                var waits = string.Join("; ", current.ReleaseConditions?.Conditions.Where(c => !c.Met).Select(c => c.Note) ?? []);
                throw new InvalidOperationException($"Declaration {registered.DeclarationId} is {current.Status} after {waited.Elapsed.TotalSeconds:0} s: {waits}");
            }

            var payments = current.ReleaseConditions?.Conditions.FirstOrDefault(c => c.Kind == ReleaseConditionKind.Payments);
            if (!paid && payments is { Met: false, WaitingFor: "payer" })
            {
                await filings.PayAsync(registered.DeclarationId, presentedOn, ct);
                paid = true;
            }

            await Task.Delay(Poll, ct);
        }
    }
}
