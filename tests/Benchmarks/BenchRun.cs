using Customs.Benchmarks.Graph;
using Customs.Benchmarks.Report;
using Customs.Benchmarks.Scenarios;

namespace Customs.Benchmarks;

/// <summary>The benchmarks in the order, each by its short name, on a running graph.</summary>
public static class BenchRun
{
    public static readonly IReadOnlyList<(string Key, Func<BenchContext, Task> Run)> All =
    [
        ("ceiling", CeilingBenchmark.RunAsync),
        ("filing", FilingBenchmark.RunAsync),
        ("screening", ScreeningBenchmark.RunAsync),
        ("assessment", AssessmentBenchmark.RunAsync),
        ("flow", WholeFlowBenchmark.RunAsync),
        ("memory", MemoryBenchmark.RunAsync),
        ("decisions", ControlDecisionBenchmark.RunAsync),
    ];

    public static async Task<BenchReport> RunAsync(GraphTarget target, BenchSettings settings, IReadOnlyCollection<string> only, Action<string> log, string settingsText)
    {
        var report = new BenchReport { Settings = settingsText };
        var context = new BenchContext(target, settings, report, log);
        var statements = new PostgresStatements(target);
        foreach (var (key, run) in All.Where(b => only.Count == 0 || only.Contains(b.Key)))
        {
            await context.SettleAsync();
            log($"== {key}");
            var counting = await statements.ResetAsync(log);
            await run(context);
            if (counting)
            {
                report.Notes.Add($"{key}, PostgreSQL statements executed per database (time, lock waits included): {await statements.PerDatabaseAsync()}");
                foreach (var line in await statements.BusiestAsync(5))
                {
                    report.Notes.Add($"{key}, PostgreSQL's busiest statement: {line}");
                }

                foreach (var line in await statements.MostCalledAsync(15))
                {
                    report.Notes.Add($"{key}, PostgreSQL's most called statement: {line}");
                }
            }
        }

        return report;
    }
}
