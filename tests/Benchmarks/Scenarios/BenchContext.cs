using Customs.Benchmarks.Graph;
using Customs.Benchmarks.Load;
using Customs.Benchmarks.Report;

namespace Customs.Benchmarks.Scenarios;

/// <summary>What every benchmark shares: the graph, the load runner with its CPU meter, the settings and the report.</summary>
public sealed class BenchContext(GraphTarget target, BenchSettings settings, BenchReport report, Action<string> log)
{
    public GraphTarget Target => target;

    public BenchSettings Settings => settings;

    public BenchReport Report => report;

    public Action<string> Log => log;

    public LoadRunner Runner { get; } = new(new CpuMeter(target.ProcessIds()), log);

    /// <summary>Bare unary gRPC calls per second (the ceiling), once measured.</summary>
    public double? EchoCeiling { get; set; }

    /// <summary>Bare single-row INSERT+COMMIT per second (the ceiling), once measured.</summary>
    public double? InsertCeiling { get; set; }

    /// <summary>A runner that also watches <paramref name="extra"/> (the echo server's process).</summary>
    public LoadRunner RunnerWatching(string name, int pid) =>
        new(new CpuMeter(new Dictionary<string, int>(target.ProcessIds()) { [name] = pid }), log);
}
