using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Customs.Benchmarks.Report;

/// <summary>The machine and the code a run measured.</summary>
public sealed record BenchMachine(int Cores, string CpuModel, double MemoryGiB, string Os, string Runtime, string Commit)
{
    public static BenchMachine Describe() => new(
        Environment.ProcessorCount,
        File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown",
        GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024),
        RuntimeInformation.OSDescription,
        Environment.Version.ToString(),
        CurrentCommit());

    private static string CurrentCommit()
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", "describe --always --dirty --abbrev=12")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = AppContext.BaseDirectory,
            });
            var commit = git!.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? commit : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown (no git)";
        }
    }
}
