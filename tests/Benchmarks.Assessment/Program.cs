using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Customs.Benchmarks.Assessment;

// Customs.Benchmarks.Assessment            BenchmarkDotNet (needs a Release build)
// Customs.Benchmarks.Assessment --smoke S  the same workload in a timed loop of S seconds, its result checked
// The last line of the output is the result as JSON: {"method", "itemsPerSecond", "bytesPerDeclaration"}.
if (args is ["--smoke", var seconds])
{
    var benchmark = new AssessmentBenchmark();
    benchmark.Setup();
    var window = TimeSpan.FromSeconds(double.Parse(seconds, CultureInfo.InvariantCulture));
    var watch = Stopwatch.StartNew();
    long assessed = 0;
    while (watch.Elapsed < window)
    {
        var result = benchmark.AssessTenItems();
        if (result.Items.Count != AssessmentBenchmark.Items || result.Items.Any(i => i.Figures.Count < 3))
        {
            Console.Error.WriteLine($"The assessment gave {result.Items.Count} items, expected {AssessmentBenchmark.Items} with their figures.");
            return 1;
        }

        assessed += AssessmentBenchmark.Items;
    }

    Console.WriteLine(JsonSerializer.Serialize(new { method = "timed loop (smoke)", itemsPerSecond = assessed / watch.Elapsed.TotalSeconds, bytesPerDeclaration = (double?)null }));
    return 0;
}

var config = ManualConfig.CreateMinimumViable()
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance))
    .AddDiagnoser(MemoryDiagnoser.Default)
    .WithOptions(ConfigOptions.DisableLogFile)
    .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "customs-bench-bdn"));
var summary = BenchmarkRunner.Run<AssessmentBenchmark>(config);
var report = summary.Reports.SingleOrDefault();
if (report?.ResultStatistics is not { } statistics)
{
    Console.Error.WriteLine("BenchmarkDotNet measured nothing: " + string.Join("; ", summary.ValidationErrors.Select(e => e.Message)));
    return 1;
}

Console.WriteLine(JsonSerializer.Serialize(new
{
    method = "BenchmarkDotNet",
    itemsPerSecond = AssessmentBenchmark.Items * 1e9 / statistics.Mean,
    bytesPerDeclaration = (double?)report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase),
}));
return 0;
