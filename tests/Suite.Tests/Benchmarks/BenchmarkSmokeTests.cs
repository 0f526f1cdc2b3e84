extern alias bench;

using System.Text.Json;
using bench::Customs.Benchmarks;
using bench::Customs.Benchmarks.Graph;
using bench::Customs.Benchmarks.Scenarios;
using Xunit.Abstractions;

namespace Customs.Suite.Tests.Benchmarks;

/// <summary>
/// A few seconds of every benchmark of <c>./customs bench</c> on the shared graph: each runs, measures something, fails
/// nothing (but calls past the load generator's own deadline), and the report is written. The figures themselves are not judged here (the graph runs without fsync and
/// shares the cores with the other tests); <c>./customs bench</c> measures them.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class BenchmarkSmokeTests(GraphFixture graph, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_benchmark_runs_for_a_few_seconds_and_writes_its_report()
    {
        using var target = new GraphTarget(graph.App);
        var folder = Directory.CreateTempSubdirectory("customs-bench-smoke-");
        try
        {
            var report = await BenchRun.RunAsync(target, BenchSettings.Smoke, [], output.WriteLine, "smoke");
            var (markdown, json) = report.Write(folder.FullName);

            output.WriteLine(report.ToMarkdown());
            var benchmarks = report.Figures.Select(f => f.Benchmark).Distinct().ToList();
            Assert.Equal(
                [
                    CeilingBenchmark.Name, FilingBenchmark.Name, ScreeningBenchmark.Name, AssessmentBenchmark.Name, WholeFlowBenchmark.Name, MemoryBenchmark.Name,
                    ControlDecisionBenchmark.Name,
                ],
                benchmarks);
            var measuredLoads = report.Figures.Where(f => f.Load is not null).ToList();
            Assert.All(measuredLoads, f => Assert.True(f.Load!.Completed > 0, $"{f.Benchmark} / {f.Metric} completed nothing"));
            // A call the generator's own deadline cut short or the service refused for overload (an open loop offering more
            // than a loaded machine serves) is a figure, not a fault; any other failure is one.
            Assert.All(measuredLoads, f => Assert.True(f.Load!.Failures.Keys.All(k => k is "DeadlineExceeded" or "ResourceExhausted"),
                $"{f.Benchmark} / {f.Metric}: {string.Join(", ", f.Load.Failures)}"));
            Assert.All(measuredLoads, f => Assert.NotNull(f.GeneratorCpu));
            Assert.Contains(report.Figures, f => f.Benchmark == FilingBenchmark.Name && f.ServersCpu!.ContainsKey("declarations"));
            Assert.Contains(report.Figures, f => f.Benchmark == FilingBenchmark.Name && f.PercentOfCeiling > 0);
            // The broker's bare ceiling, and what a declaration costs in CPU and in messages beside it.
            Assert.Contains(report.Figures, f => f.Benchmark == CeilingBenchmark.Name && f.Unit == "msg/s" && f.Value > 0);
            Assert.Contains(report.Notes, n => n.StartsWith("Filing with 4 callers: CPU per declaration answered ", StringComparison.Ordinal));
            Assert.Contains(report.Notes, n => n.StartsWith("Filing: per declaration registered (", StringComparison.Ordinal));
            Assert.Contains(report.Notes, n => n.StartsWith("Filing: at 1,500 declarations/s, before any service's own work, RabbitMQ would take ", StringComparison.Ordinal));
            // Where the database time went, from pg_stat_statements (the AppHost preloads it).
            Assert.Contains(report.Notes, n => n.StartsWith("filing, PostgreSQL's busiest statement: ", StringComparison.Ordinal));
            Assert.All(report.Figures.Where(f => f.Benchmark == MemoryBenchmark.Name && f.Unit == "MiB" && f.Metric.Contains("working set")),
                f => Assert.InRange(f.Value, 20, 4096));

            using var written = JsonDocument.Parse(await File.ReadAllTextAsync(json));
            Assert.Equal(report.Figures.Count, written.RootElement.GetProperty("Figures").GetArrayLength());
            Assert.Contains("| 2 Filing |", await File.ReadAllTextAsync(markdown));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_lookup_of_the_seeded_register_finds_its_brands_and_nothing_else()
    {
        // The screening benchmark's register is seeded partly by copying rows: they must be entries the service really finds.
        using var target = new GraphTarget(graph.App);
        var context = new BenchContext(target, BenchSettings.Smoke, new(), output.WriteLine);
        var seed = new RegisterSeed(context);
        await seed.CreateAsync(50);

        var client = new bench::Customs.IpRegister.V1.IpRegisterService.IpRegisterServiceClient(target.Channel("ipregister"));
        var request = ScreeningBenchmark.Request(seed, 40);
        var response = await client.LookUpGoodsAsync(request, target.Officer());

        Assert.Equal(40, response.Results.Count);
        Assert.All(response.Results.Where(r => r.ItemNumber % 2 == 0), r => Assert.NotEqual(bench::Customs.IpRegister.V1.ScreeningOutcome.Clear, r.Outcome));
        Assert.All(response.Results.Where(r => r.ItemNumber % 2 == 1), r => Assert.Equal(bench::Customs.IpRegister.V1.ScreeningOutcome.Clear, r.Outcome));
        Assert.Equal(20, response.Results.Where(r => r.ItemNumber % 2 == 0).Select(r => r.RegisterEntryId).Count(id => id.Length > 0));
    }
}
