using Grpc.Core;

namespace Customs.Benchmarks.Load;

/// <summary>What one measured window of load did: completed operations, failures by status, latencies, and CPU.</summary>
public sealed record LoadResult(
    string Name,
    TimeSpan Window,
    long Completed,
    IReadOnlyDictionary<string, long> Failures,
    Latencies Latency,
    CpuUsage Cpu,
    long NotSent = 0)
{
    public double PerSecond => Completed / Window.TotalSeconds;

    public long Failed => Failures.Values.Sum();

    /// <summary>Milliseconds of CPU per completed operation, of a process (or the machine) that kept <paramref name="cores"/> busy over the window.</summary>
    public double CpuMillisecondsEach(double cores) => cores * Window.TotalMilliseconds / Completed;

    /// <summary>The status a failed call ended with (an RpcException's code, else the exception's type).</summary>
    public static string FailureName(Exception ex) => ex switch
    {
        RpcException rpc => rpc.StatusCode.ToString(),
        OperationCanceledException => "Cancelled",
        _ => ex.GetType().Name,
    };
}

/// <summary>Latency percentiles in milliseconds over the recorded operations.</summary>
public sealed record Latencies(long Count, double P50, double P90, double P99, double Max)
{
    public static Latencies Of(List<long> microseconds)
    {
        if (microseconds.Count == 0)
        {
            return new(0, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        microseconds.Sort();
        double At(double quantile) => microseconds[Math.Min(microseconds.Count - 1, (int)Math.Ceiling(quantile * microseconds.Count) - 1)] / 1000.0;
        return new(microseconds.Count, At(0.50), At(0.90), At(0.99), microseconds[^1] / 1000.0);
    }
}
