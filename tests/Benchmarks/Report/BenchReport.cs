using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Customs.Benchmarks.Load;

namespace Customs.Benchmarks.Report;

/// <summary>
/// Every figure of a run with the machine, the commit, the load generator's own CPU and the servers' CPU beside it,
/// printed as a table and written as Markdown and JSON.
/// </summary>
public sealed class BenchReport
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public BenchMachine Machine { get; init; } = BenchMachine.Describe();

    public DateTimeOffset StartedAt { get; init; } = DateTimeOffset.UtcNow;

    public string Settings { get; init; } = "";

    public List<BenchFigure> Figures { get; } = [];

    public List<string> Notes { get; } = [];

    public BenchFigure Add(string benchmark, string metric, double value, string unit, string? goal = null, LoadResult? load = null, double? ceiling = null)
    {
        var figure = new BenchFigure(benchmark, metric, Math.Round(value, 3), unit, goal,
            ceiling is > 0 ? Math.Round(value / ceiling.Value * 100, 2) : null,
            load?.Cpu.Generator, load?.Cpu.Machine,
            load?.Cpu.Servers.Where(s => s.Value >= 0.005).ToDictionary(s => s.Key, s => Math.Round(s.Value, 2)),
            load is null ? null : new(load.Completed, load.Failed, load.NotSent, load.Failures, load.Latency.P50, load.Latency.P90, load.Latency.P99, load.Latency.Max));
        Figures.Add(figure);
        return figure;
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# Customs Suite benchmarks — {StartedAt:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Machine.Cores} cores ({Machine.CpuModel}), {Machine.MemoryGiB:0.#} GiB, {Machine.Os}, .NET {Machine.Runtime}. " +
            $"Commit {Machine.Commit}. {Settings}");
        text.AppendLine();
        text.AppendLine("| Benchmark | Metric | Value | Goal | % of ceiling | Generator CPU | Machine CPU | Servers' CPU (cores) | p50 / p99 ms | Failed |");
        text.AppendLine("|---|---|---:|---|---:|---:|---:|---|---|---:|");
        foreach (var f in Figures)
        {
            var servers = f.ServersCpu is null ? "" : string.Join(", ", f.ServersCpu.OrderByDescending(s => s.Value).Select(s => $"{s.Key} {s.Value:0.00}"));
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {f.Benchmark} | {f.Metric} | {f.Value:#,0.###} {f.Unit} | {f.Goal} | {f.PercentOfCeiling:0.##} | {f.GeneratorCpu:0.00} | " +
                $"{f.MachineCpu:0.00} | {servers} | {(f.Load is null ? "" : $"{f.Load.P50Ms:0.0} / {f.Load.P99Ms:0.0}")} | " +
                $"{(f.Load is null ? "" : Failed(f.Load))} |");
        }

        if (Notes.Count > 0)
        {
            text.AppendLine();
            foreach (var note in Notes)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- {note}");
            }
        }

        return text.ToString();
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Writes <c>bench-{time}.md</c> and <c>.json</c> into <paramref name="folder"/> and returns their paths.</summary>
    public (string Markdown, string Json) Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var stem = Path.Combine(folder, $"bench-{StartedAt:yyyyMMdd-HHmmss}");
        File.WriteAllText(stem + ".md", ToMarkdown());
        File.WriteAllText(stem + ".json", ToJson());
        return (stem + ".md", stem + ".json");
    }

    private static string Failed(BenchLoad load) =>
        load.Failed == 0 && load.NotSent == 0 ? "0"
            : string.Join(", ", load.Failures.Select(f => $"{f.Value} {f.Key}").Append(load.NotSent > 0 ? $"{load.NotSent} not sent" : null).OfType<string>());
}

public sealed record BenchFigure(
    string Benchmark,
    string Metric,
    double Value,
    string Unit,
    string? Goal,
    double? PercentOfCeiling,
    double? GeneratorCpu,
    double? MachineCpu,
    IReadOnlyDictionary<string, double>? ServersCpu,
    BenchLoad? Load);

public sealed record BenchLoad(
    long Completed, long Failed, long NotSent, IReadOnlyDictionary<string, long> Failures, double P50Ms, double P90Ms, double P99Ms, double MaxMs);
