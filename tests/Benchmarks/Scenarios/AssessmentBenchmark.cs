using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Customs.Payments.Api.Data.ReferenceData;
using Customs.Payments.Api.Domain.Assessment;
using Customs.Payments.Api.Domain.Rates;

namespace Customs.Benchmarks.Scenarios;

/// <summary>
/// 4. Goods items assessed per second in process: the Payments service's <see cref="Assessor"/> on a commercial
/// declaration of ten items (duty, excise, VAT, the fee, each with its calculation trace) with the shipped reference data,
/// measured by BenchmarkDotNet with its allocations.
/// </summary>
[MemoryDiagnoser]
public class AssessmentBenchmark
{
    public const string Name = "4 Assessment";

    private static readonly DateOnly On = new(2025, 4, 4);

    private Assessor _assessor = null!;
    private RateTable _rates = null!;
    private DeclarationToAssess _declaration = null!;

    public static int Items => 10;

    [GlobalSetup]
    public void Setup()
    {
        var book = ReferenceDataLoader.Load();
        var commercial = new CommercialRules(book);
        _assessor = new Assessor(commercial, new PassengerRules(book), new PostalRules(book, commercial));
        _rates = new RateTable(On, [new("EUR", On, 1, 93.1608m), new("USD", On, 1, 84.3830m)]);
        string[] codes = ["6403990000", "2204210000", "9503000000", "6203423100", "4202921100"];
        _declaration = new DeclarationToAssess("bench", DeclarationKind.Commercial, On, "",
            [.. Enumerable.Range(1, Items).Select(i => new ItemToAssess(i, codes[i % codes.Length], 1_000m + i, i % 2 == 0 ? "EUR" : "USD", 100 + i, 50 + i, i % 5 == 1 ? 75 : 0))]);
    }

    [Benchmark]
    public AssessmentResult AssessTenItems() => _assessor.Assess(_declaration, _rates, null).Result;

    public static async Task RunAsync(BenchContext context)
    {
        if (context.Settings.AssessWithBenchmarkDotNet)
        {
            var config = ManualConfig.CreateMinimumViable()
                .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance))
                .AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default)
                .WithOptions(ConfigOptions.DisableLogFile)
                .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "customs-bench-bdn"));
            var summary = BenchmarkRunner.Run<AssessmentBenchmark>(config);
            var report = summary.Reports.Single();
            var nanoseconds = report.ResultStatistics?.Mean
                ?? throw new InvalidOperationException("BenchmarkDotNet measured nothing: " + string.Join("; ", summary.ValidationErrors.Select(e => e.Message)));
            var perSecond = Items * 1e9 / nanoseconds;
            context.Report.Add(Name, "items/s on one core (BenchmarkDotNet, commercial declaration of 10 items)", perSecond, "items/s", "≥ 1,000,000 items/s per core");
            context.Report.Add(Name, "allocated per declaration of 10 items", report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0, "bytes");
            return;
        }

        // The smoke test: the same workload in a timed loop, and its result checked.
        var benchmark = new AssessmentBenchmark();
        benchmark.Setup();
        var watch = Stopwatch.StartNew();
        var assessed = 0;
        while (watch.Elapsed < context.Settings.Window)
        {
            var result = benchmark.AssessTenItems();
            if (result.Items.Count != Items)
            {
                throw new InvalidOperationException($"{result.Items.Count} items assessed of {Items}.");
            }

            assessed += Items;
        }

        context.Report.Add(Name, "items/s on one core (timed loop, smoke)", assessed / watch.Elapsed.TotalSeconds, "items/s");
    }
}
