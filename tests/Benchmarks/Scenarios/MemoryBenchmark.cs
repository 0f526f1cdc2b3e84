using System.Globalization;

namespace Customs.Benchmarks.Scenarios;

/// <summary>
/// 6. Each service's resident memory (its working set) while n declarations are filed and registered: read at the start,
/// halfway and at the end; what grows between the half and the end would grow without bound.
/// </summary>
public static class MemoryBenchmark
{
    public const string Name = "6 Memory";

    public static async Task RunAsync(BenchContext context)
    {
        var total = context.Settings.MemoryDeclarations;
        var filings = new Filings(context);
        await filings.ImportTodaysRatesAsync(); // so Payments assesses every registration, as in production
        var services = new[] { "declarations", "ipregister", "payments", "examination" };
        var pids = context.Target.ProcessIds();
        var start = services.ToDictionary(s => s, s => ResidentMiB(pids[s]));
        Dictionary<string, double>? half = null;
        var next = 0;
        var done = 0;
        var failed = 0;
        var callers = 32;
        context.Log($"memory: filing and registering {total:N0} declarations with {callers} callers");

        async Task Caller()
        {
            while (Interlocked.Increment(ref next) <= total)
            {
                try
                {
                    await filings.FileAndRegisterAsync(CancellationToken.None);
                }
                catch (Grpc.Core.RpcException)
                {
                    Interlocked.Increment(ref failed);
                }

                var count = Interlocked.Increment(ref done);
                if (count == total / 2)
                {
                    half = services.ToDictionary(s => s, s => ResidentMiB(pids[s]));
                }

                if (total >= 10 && count % (total / 10) == 0)
                {
                    context.Log($"memory: {count:N0} of {total:N0} declarations; " +
                        string.Join(", ", services.Select(s => $"{s} {ResidentMiB(pids[s]):0} MiB")));
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(Caller)));
        var end = services.ToDictionary(s => s, s => ResidentMiB(pids[s]));
        half ??= end;
        foreach (var service in services)
        {
            context.Report.Add(Name, $"{service} working set after {total:N0} declarations (start {start[service]:0}, half {half[service]:0} MiB)",
                end[service], "MiB", "no growth without bound");
            context.Report.Add(Name, $"{service} growth over the second half", end[service] - half[service], "MiB");
        }

        if (failed > 0)
        {
            context.Report.Notes.Add($"Memory run: {failed} of {total:N0} filings failed.");
        }
    }

    /// <summary>
    /// VmRSS of the service's own process, in MiB: Aspire starts a project with <c>dotnet run</c>, whose child is the
    /// service, so this reads the last process of the tree under <paramref name="pid"/>.
    /// </summary>
    public static double ResidentMiB(int pid)
    {
        var service = Load.CpuMeter.Descendants(pid).LastOrDefault(pid);
        var line = File.ReadLines($"/proc/{service}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }
}
