using System.Diagnostics;
using Customs.Declarations.V1;

namespace Customs.Benchmarks.Scenarios;

/// <summary>
/// 5. Declarations from filing to release with all four services: filed, registered, screened by the IP register (release
/// waits for it, Art. 397(1)), assessed by Payments, given a control decision by Examination, and released by an officer
/// as soon as Declarations allows it. Throughput with several declarants at once, and the time a single green-lane
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

        var single = await context.Runner.ClosedLoopAsync("filing to release, 1 declarant", 1, settings.WarmUp, settings.Window,
            ct => FileToReleaseAsync(filings, ct));
        context.Report.Add(Name, "filing to release of one green-lane declaration, p50", single.Latency.P50, "ms", "< 1,000 ms", single);

        var many = await context.Runner.ClosedLoopAsync($"filing to release, {settings.FlowCallers} declarants", settings.FlowCallers,
            settings.WarmUp, settings.Window, ct => FileToReleaseAsync(filings, ct));
        context.Report.Add(Name, $"filed to released, {settings.FlowCallers} declarants at once", many.PerSecond, "decl/s", load: many);
        context.Report.Notes.Add($"Whole flow: the officer's client asks every {Poll.TotalMilliseconds:0} ms whether screening is recorded, then releases.");
    }

    public static async Task FileToReleaseAsync(Filings filings, CancellationToken ct)
    {
        var registered = await filings.FileAndRegisterAsync(ct);
        var waited = Stopwatch.StartNew();
        var current = registered;
        while (!current.Items.All(i => i.IpScreening is not null))
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException($"Declaration {registered.DeclarationId} was not screened within 60 s.");
            }

            await Task.Delay(Poll, ct);
            current = (await filings.Client.GetDeclarationAsync(
                new GetDeclarationRequest { DeclarationId = registered.DeclarationId }, filings.Officer, cancellationToken: ct)).Declaration;
        }

        var released = (await filings.Client.ReleaseGoodsAsync(
            new ReleaseGoodsRequest { DeclarationId = current.DeclarationId, ExpectedVersion = current.Version }, filings.Officer, cancellationToken: ct)).Declaration;
        if (released.Status != DeclarationStatus.Released)
        {
            throw new InvalidOperationException($"Declaration {released.DeclarationId} ended {released.Status}, not released.");
        }
    }
}
