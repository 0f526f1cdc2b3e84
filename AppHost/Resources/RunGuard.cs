using System.Diagnostics;

namespace Customs.AppHost.Resources;

/// <summary>
/// Nothing of a run outlives it by more than <see cref="Grace"/>: not after Ctrl+C, not after <c>kill -9</c> of the
/// AppHost, not after a cancelled test run. DCP stops the resources when the AppHost stops or dies, but it promises no
/// time, and a <c>dotnet run</c> of a service can outlast it by seconds. Every process of the run carries the run's id in
/// its environment (DCP and whatever it starts inherit the AppHost's); a small guard process in a session of its own
/// (Ctrl+C does not reach it) holds a pipe from the AppHost. When the run stops, or the AppHost is gone and the pipe
/// closes with it, the guard gives the run's processes <see cref="Grace"/> to end: DCP stops them first; what is still
/// running halfway through is asked to stop (SIGTERM: a service ends about a second later, while DCP stops the services
/// last, after the servers), and what is left at the end is killed. It then removes DCP's session folder of the run (its
/// logs hold the servers' command lines, passwords included), which DCP leaves behind when the AppHost stops or dies.
/// </summary>
public sealed class RunGuard : IDisposable
{
    public const string RunIdVariable = "CUSTOMS_RUN_ID";

    /// <summary>What DCP gets to stop everything gracefully (on a quiet machine it stops services and servers in about 6 s).</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(7);

    // $1 the run id, $2 seconds until SIGTERM, $3 seconds more until SIGKILL. Input ends when the run stops or the AppHost
    // dies (kill -9 too). Each wait is kept by the clock (a sleep in the background), not by counting turns of the loop,
    // which slow down under load, and ends as soon as nothing of the run is left. A process may end between the listing and
    // the read of its cmdline: stderr is redirected before the input, so the shell's "cannot open" goes nowhere.
    private const string Script = """
        cat >/dev/null
        run() { grep -lzx "CUSTOMS_RUN_ID=$1" /proc/[0-9]*/environ 2>/dev/null | cut -d/ -f3; }
        sessions() {
          for pid in $(run "$1"); do tr '\0' '\n' 2>/dev/null </proc/"$pid"/cmdline | grep -A1 -x -e --kubeconfig | sed -n 2p; done |
            grep '/aspire-dcp[^/]*/kubeconfig$' | sed 's|/kubeconfig$||' | sort -u
        }
        wait_for_run() {
          sleep "$2" & clock=$!
          while kill -0 "$clock" 2>/dev/null && [ -n "$(run "$1")" ]; do sleep 0.2; done
          kill "$clock" 2>/dev/null
        }
        dcp=$(sessions "$1")
        wait_for_run "$1" "$2"
        pids=$(run "$1")
        [ -z "$pids" ] || kill -TERM $pids 2>/dev/null
        wait_for_run "$1" "$3"
        pids=$(run "$1")
        [ -z "$pids" ] || kill -KILL $pids 2>/dev/null
        [ -z "$dcp" ] || rm -rf $dcp
        exit 0
        """;

    private readonly Process _guard;

    private RunGuard(Process guard) => _guard = guard;

    /// <summary>The guard's process id (tests watch it end).</summary>
    public int ProcessId => _guard.Id;

    /// <summary>
    /// Starts a guard for the processes whose environment holds <see cref="RunIdVariable"/>=<paramref name="runId"/>: when
    /// the run ends, what is left of it gets SIGTERM after <paramref name="untilTerm"/> (half the grace unless given) and
    /// SIGKILL after <paramref name="grace"/>.
    /// </summary>
    public static RunGuard Start(string runId, TimeSpan grace, TimeSpan? untilTerm = null)
    {
        var term = untilTerm ?? grace / 2;
        if (term > grace)
        {
            throw new ArgumentOutOfRangeException(nameof(untilTerm), "SIGTERM comes before the end of the grace.");
        }

        var start = new ProcessStartInfo("setsid")
        {
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "sh", "-c", Script, "customs-run-guard", runId, Seconds(term), Seconds(grace - term) })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove(RunIdVariable);
        return new RunGuard(Process.Start(start) ?? throw new InvalidOperationException("Could not start the run guard."));
    }

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The run is over: its processes have <see cref="Grace"/> left.</summary>
    public void Dispose()
    {
        _guard.StandardInput.Close();
        _guard.Dispose();
    }
}
