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

    /// <summary>The broker's own CPU per message (ms) in its bare ceiling's fastest run, once measured.</summary>
    public double? BrokerCpuPerMessage { get; set; }

    /// <summary>PostgreSQL's own CPU per bare single-row INSERT+COMMIT (ms) at the insert ceiling, once measured.</summary>
    public double? PostgresCpuPerCommit { get; set; }

    /// <summary>
    /// Waits until the machine is nearly idle (under a quarter of a core busy over a second), at most
    /// <see cref="BenchSettings.SettleLimit"/>: an overloaded run leaves work queued in the services (calls whose callers
    /// gave up, events to publish), and the next benchmark must not measure it.
    /// </summary>
    public async Task SettleAsync()
    {
        var meter = new CpuMeter();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < settings.SettleLimit)
        {
            var before = meter.Take();
            await Task.Delay(TimeSpan.FromSeconds(1));
            var busy = meter.Between(before, meter.Take()).Machine;
            if (busy < 0.25)
            {
                if (waited.Elapsed > TimeSpan.FromSeconds(2))
                {
                    log($"settled after {waited.Elapsed.TotalSeconds:0} s (machine {busy:0.00} cores busy)");
                }

                return;
            }
        }

        if (settings.SettleLimit > TimeSpan.Zero)
        {
            log($"not settled after {settings.SettleLimit.TotalSeconds:0} s: the next figures include left-over work");
            report.Notes.Add($"A benchmark started before the machine settled ({settings.SettleLimit.TotalSeconds:0} s after the one before it).");
        }
    }

    /// <summary>A runner that also watches <paramref name="extra"/> (the echo server's process).</summary>
    public LoadRunner RunnerWatching(string name, int pid) =>
        new(new CpuMeter(new Dictionary<string, int>(target.ProcessIds()) { [name] = pid }), log);
}
