using System.Diagnostics;

namespace Customs.AppHost.Hosting;

/// <summary>What to run for a resource.</summary>
internal sealed record ProcessSpec(
    string FileName,
    IReadOnlyList<string> Arguments,
    IReadOnlyDictionary<string, string> Environment,
    string WorkingDirectory,
    int StopSignal = NativeMethods.SIGTERM);

/// <summary>
/// A child process started in a session (and process group) of its own under a small bash guard.
/// The guard holds the read end of a pipe whose write end only the AppHost holds: when the AppHost
/// ends in any way, even killed, the pipe closes and the guard ends the whole group. So no server
/// or service outlives the AppHost, and grandchildren (postgres backends, epmd) go with their parent.
/// </summary>
internal sealed class GuardedProcess : IAsyncDisposable
{
    // $1 is the signal that asks the child to stop. The AppHost always signals the guard with TERM, which the guard
    // translates: a guard started from a non-interactive shell's background job inherits SIGINT ignored, and bash
    // cannot trap a signal ignored on entry, so an INT meant for PostgreSQL would be lost.
    private const string GuardScript = """
        stop_signal=$1; shift
        exec 3<&0 </dev/null
        "$@" 3<&- &
        child=$!
        (
          trap '' TERM INT
          while read -r -u 3 _; do :; done
          kill -TERM 0 2>/dev/null; sleep 10; kill -KILL 0 2>/dev/null
        ) &
        watchdog=$!
        exec 3<&-
        trap 'kill -"$stop_signal" "$child" 2>/dev/null' TERM
        trap 'kill -INT "$child" 2>/dev/null' INT
        while :; do
          wait "$child"; status=$?
          kill -0 "$child" 2>/dev/null || break
        done
        kill -KILL "$watchdog" 2>/dev/null
        trap '' TERM
        kill -TERM 0 2>/dev/null
        exit "$status"
        """;

    private readonly Process _process;
    private readonly ProcessSpec _spec;
    private readonly Task _pumps;

    private GuardedProcess(Process process, ProcessSpec spec, ResourceLog log)
    {
        _process = process;
        _spec = spec;
        _pumps = Task.WhenAll(
            Pump(process.StandardOutput, log, isError: false),
            Pump(process.StandardError, log, isError: true));
    }

    public int ProcessGroup => _process.Id;

    public Task<int> Exited => WaitExitAsync();

    public static GuardedProcess Start(ProcessSpec spec, string guardTag, ResourceLog log)
    {
        var info = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = spec.WorkingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("bash");
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(GuardScript);
        info.ArgumentList.Add($"{RunDirectory.GuardMarker}:{guardTag}");
        info.ArgumentList.Add(spec.StopSignal == NativeMethods.SIGINT ? "INT" : "TERM");
        info.ArgumentList.Add(spec.FileName);
        foreach (var argument in spec.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in spec.Environment)
        {
            info.Environment[name] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {spec.FileName}.");
        return new GuardedProcess(process, spec, log);
    }

    /// <summary>Asks the process to stop, then ends its whole group if it has not within the grace period.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (_process.HasExited)
        {
            NativeMethods.Kill(-ProcessGroup, NativeMethods.SIGKILL);
            return;
        }

        NativeMethods.Kill(_process.Id, NativeMethods.SIGTERM);
        using var timeout = new CancellationTokenSource(grace);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
        }

        NativeMethods.Kill(-ProcessGroup, NativeMethods.SIGKILL);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.FromSeconds(10));
        _process.StandardInput.Close();
        await _pumps;
        _process.Dispose();
    }

    private async Task<int> WaitExitAsync()
    {
        await _process.WaitForExitAsync();
        return _process.ExitCode;
    }

    private static async Task Pump(StreamReader reader, ResourceLog log, bool isError)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            log.Write(line, isError);
        }
    }
}
