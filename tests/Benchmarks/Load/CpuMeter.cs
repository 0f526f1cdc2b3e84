using System.Diagnostics;
using System.Globalization;

namespace Customs.Benchmarks.Load;

/// <summary>
/// CPU used during a window, in cores (1.0 = one core busy all the time): the load generator's own process, each watched
/// server with every process it started (PostgreSQL's backends, RabbitMQ's Erlang VM), and the whole machine, read from
/// /proc at the start and the end of the window.
/// </summary>
public sealed class CpuMeter(IReadOnlyDictionary<string, int> watched)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ: 100 on every Linux the suite runs on.

    public CpuMeter() : this(new Dictionary<string, int>())
    {
    }

    public Snapshot Take() => new(
        Stopwatch.GetTimestamp(),
        Process.GetCurrentProcess().TotalProcessorTime,
        MachineBusyTicks(),
        ProcessTreeTicks(watched));

    public CpuUsage Between(Snapshot start, Snapshot end)
    {
        var seconds = Stopwatch.GetElapsedTime(start.Timestamp, end.Timestamp).TotalSeconds;
        var servers = watched.Keys.ToDictionary(
            name => name,
            name => Math.Max(0, end.Servers.GetValueOrDefault(name) - start.Servers.GetValueOrDefault(name)) / TicksPerSecond / seconds);
        return new(
            (end.Generator - start.Generator).TotalSeconds / seconds,
            (end.MachineBusy - start.MachineBusy) / TicksPerSecond / seconds,
            Environment.ProcessorCount,
            servers);
    }

    public sealed record Snapshot(long Timestamp, TimeSpan Generator, long MachineBusy, IReadOnlyDictionary<string, long> Servers);

    /// <summary>Busy ticks of all cores (everything in /proc/stat's first line but idle and iowait).</summary>
    private static long MachineBusyTicks()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq steal guest guest_nice (guest time is already in user).
        return fields[0] + fields[1] + fields[2] + fields[5] + fields[6] + fields[7];
    }

    /// <summary>utime + stime of each watched process and all its descendants.</summary>
    private static Dictionary<string, long> ProcessTreeTicks(IReadOnlyDictionary<string, int> roots)
    {
        var result = new Dictionary<string, long>();
        if (roots.Count == 0)
        {
            return result;
        }

        var processes = ReadProcesses();
        var children = processes.Values.ToLookup(p => p.Parent);
        foreach (var (name, root) in roots)
        {
            long ticks = 0;
            var pending = new Stack<int>([root]);
            while (pending.TryPop(out var pid))
            {
                if (processes.TryGetValue(pid, out var process))
                {
                    ticks += process.Ticks;
                }

                foreach (var child in children[pid])
                {
                    pending.Push(child.Pid);
                }
            }

            result[name] = ticks;
        }

        return result;
    }

    /// <summary>The processes under <paramref name="root"/>, parents before their children.</summary>
    public static IReadOnlyList<int> Descendants(int root)
    {
        var children = ReadProcesses().Values.ToLookup(p => p.Parent);
        var found = new List<int>();
        var pending = new Queue<int>([root]);
        while (pending.TryDequeue(out var pid))
        {
            foreach (var child in children[pid].OrderBy(c => c.Pid))
            {
                found.Add(child.Pid);
                pending.Enqueue(child.Pid);
            }
        }

        return found;
    }

    private static Dictionary<int, (int Pid, int Parent, long Ticks)> ReadProcesses()
    {
        var processes = new Dictionary<int, (int, int, long)>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(directory, "stat"));
            }
            catch (IOException)
            {
                continue; // The process ended between listing and reading.
            }

            // "pid (comm) state ppid ... utime stime": comm may hold spaces and parentheses, so fields count from its end.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            processes[pid] = (pid, int.Parse(fields[1], CultureInfo.InvariantCulture),
                long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture));
        }

        return processes;
    }
}

/// <summary>Cores used in a window: the generator's own process, the machine as a whole, and each watched server.</summary>
public sealed record CpuUsage(double Generator, double Machine, int Cores, IReadOnlyDictionary<string, double> Servers);
