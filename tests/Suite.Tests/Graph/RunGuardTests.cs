using System.Diagnostics;
using Customs.AppHost.Resources;

namespace Customs.Suite.Tests;

/// <summary>The guard that keeps anything of a run from outliving it (AppHost/Resources/RunGuard.cs); no graph needed.</summary>
public sealed class RunGuardTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task When_the_run_ends_what_is_left_of_it_after_the_grace_is_killed_and_other_runs_are_left_alone()
    {
        var runId = NewRunId();
        using var ofTheRun = Sleeper(runId);
        using var ofAnotherRun = Sleeper(NewRunId());
        var guard = RunGuard.Start(runId, TimeSpan.FromSeconds(1));
        using var guardProcess = Process.GetProcessById(guard.ProcessId);

        guard.Dispose(); // As when the AppHost stops, or dies: the guard's input ends.

        await ofTheRun.WaitForExitAsync(new CancellationTokenSource(Patience).Token);
        await guardProcess.WaitForExitAsync(new CancellationTokenSource(Patience).Token);
        Assert.False(ofAnotherRun.HasExited);
        ofAnotherRun.Kill();
    }

    [Fact]
    public async Task The_guard_gives_the_run_its_grace_and_ends_as_soon_as_nothing_of_the_run_is_left()
    {
        var runId = NewRunId();
        using var ofTheRun = Sleeper(runId);
        var guard = RunGuard.Start(runId, TimeSpan.FromMinutes(5));
        using var guardProcess = Process.GetProcessById(guard.ProcessId);

        guard.Dispose();
        ofTheRun.Kill(); // The run's last process ends by itself, within the grace.

        // Well within its 5 minutes of grace: it waits for the run's processes, not for the clock.
        await guardProcess.WaitForExitAsync(new CancellationTokenSource(Patience).Token);
    }

    [Fact]
    public async Task What_is_left_halfway_through_the_grace_is_asked_to_stop_before_it_is_killed()
    {
        var runId = NewRunId();
        var marker = Path.Combine(Path.GetTempPath(), $"run-guard-term-{runId}");
        // A process of the run that DCP has not stopped: on SIGTERM it leaves a mark and ends.
        var start = new ProcessStartInfo("sh") { UseShellExecute = false };
        foreach (var argument in new[] { "-c", "trap 'touch \"$0\"; exit 0' TERM; while :; do sleep 0.1; done", marker })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[RunGuard.RunIdVariable] = runId;
        using var ofTheRun = Process.Start(start)!;
        var guard = RunGuard.Start(runId, grace: TimeSpan.FromMinutes(5), untilTerm: TimeSpan.FromSeconds(1));
        using var guardProcess = Process.GetProcessById(guard.ProcessId);

        guard.Dispose();

        // Long before the 5 minutes after which it would be killed.
        await ofTheRun.WaitForExitAsync(new CancellationTokenSource(Patience).Token);
        await guardProcess.WaitForExitAsync(new CancellationTokenSource(Patience).Token);
        Assert.True(File.Exists(marker));
        File.Delete(marker);
    }

    [Fact]
    public async Task DCPs_session_folder_of_the_run_is_removed_with_the_run()
    {
        var runId = NewRunId();
        var session = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"aspire-dcp{runId[..8]}")).FullName;
        var kubeconfig = Path.Combine(session, "kubeconfig");
        await File.WriteAllTextAsync(kubeconfig, "apiVersion: v1");
        var otherSession = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"aspire-dcp{NewRunId()[..8]}")).FullName;
        // A stand-in for DCP: a process of the run that names its session's kubeconfig on its command line.
        var start = new ProcessStartInfo("sh") { UseShellExecute = false };
        foreach (var argument in new[] { "-c", "sleep 600; exit 0", "dcp", "start-apiserver", "--kubeconfig", kubeconfig })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[RunGuard.RunIdVariable] = runId;
        using var dcp = Process.Start(start)!;
        var guard = RunGuard.Start(runId, TimeSpan.FromSeconds(1));
        using var guardProcess = Process.GetProcessById(guard.ProcessId);

        guard.Dispose();

        await guardProcess.WaitForExitAsync(new CancellationTokenSource(Patience).Token);
        Assert.False(Directory.Exists(session));
        Assert.True(Directory.Exists(otherSession));
        Directory.Delete(otherSession);
    }

    private static string NewRunId() => Guid.NewGuid().ToString("N");

    // A process of the run that ignores SIGTERM, as one stuck would: only SIGKILL ends it.
    private static Process Sleeper(string runId)
    {
        var start = new ProcessStartInfo("sh") { UseShellExecute = false };
        foreach (var argument in new[] { "-c", "trap '' TERM; exec sleep 600" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[RunGuard.RunIdVariable] = runId;
        return Process.Start(start)!;
    }
}
