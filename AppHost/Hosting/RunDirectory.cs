using Microsoft.Extensions.Logging;

namespace Customs.AppHost.Hosting;

/// <summary>
/// The folder of one AppHost's data, and the record of the process groups it started, so that the
/// leftovers of a run that crashed are found and ended by the next start.
/// </summary>
internal sealed class RunDirectory
{
    public const string GuardMarker = "customs-guard";
    private readonly string _runFolder;

    public RunDirectory(string root)
    {
        Root = Path.GetFullPath(root);
        _runFolder = Path.Combine(Root, "run");
    }

    public string Root { get; }

    public string ResourceFolder(string resourceName)
    {
        var folder = Path.Combine(Root, resourceName);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Claims the folder for this process, ending what a dead earlier owner left running.</summary>
    public void Claim(ILogger logger)
    {
        Directory.CreateDirectory(_runFolder);
        var ownerFile = Path.Combine(_runFolder, "owner");
        if (File.Exists(ownerFile) && int.TryParse(File.ReadAllText(ownerFile), out var owner)
            && owner != Environment.ProcessId && NativeMethods.IsAlive(owner) && IsDotnetProcess(owner))
        {
            throw new InvalidOperationException(
                $"Another AppHost (pid {owner}) is running on the data folder {Root}. Stop it first (Ctrl+C in its terminal, or kill {owner}).");
        }

        var ended = EndRecordedGroups(_runFolder, Root);
        if (ended > 0)
        {
            logger.LogWarning("Ended {Count} process group(s) left running by an earlier AppHost that did not stop cleanly", ended);
        }

        File.WriteAllText(ownerFile, Environment.ProcessId.ToString());
    }

    public void Record(string resourceName, int processGroup) =>
        File.WriteAllText(Path.Combine(_runFolder, resourceName + ".pid"), processGroup.ToString());

    public void Forget(string resourceName) => File.Delete(Path.Combine(_runFolder, resourceName + ".pid"));

    public void Release() => File.Delete(Path.Combine(_runFolder, "owner"));

    /// <summary>Ends the recorded groups of isolated (test) runs under <paramref name="parent"/> whose owner died, and deletes their folders.</summary>
    public static void SweepAbandonedRuns(string parent)
    {
        if (!Directory.Exists(parent))
        {
            return;
        }

        foreach (var root in Directory.GetDirectories(parent))
        {
            var runFolder = Path.Combine(root, "run");
            var ownerFile = Path.Combine(runFolder, "owner");
            if (File.Exists(ownerFile) && int.TryParse(File.ReadAllText(ownerFile), out var owner) && NativeMethods.IsAlive(owner))
            {
                continue;
            }

            if (File.Exists(ownerFile) || Directory.GetLastWriteTimeUtc(root) < DateTime.UtcNow.AddHours(-1))
            {
                EndRecordedGroups(runFolder, root);
                TryDelete(root);
            }
        }
    }

    public static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static int EndRecordedGroups(string runFolder, string root)
    {
        if (!Directory.Exists(runFolder))
        {
            return 0;
        }

        var ended = 0;
        foreach (var file in Directory.GetFiles(runFolder, "*.pid"))
        {
            // Only a group whose leader is our guard for this very folder: a recycled pid is left alone.
            if (int.TryParse(File.ReadAllText(file), out var group) && NativeMethods.IsAlive(group)
                && CommandLine(group) is { } cmd && cmd.Contains(GuardMarker) && cmd.Contains(root))
            {
                NativeMethods.Kill(-group, NativeMethods.SIGKILL);
                ended++;
            }

            File.Delete(file);
        }

        return ended;
    }

    private static bool IsDotnetProcess(int pid) => CommandLine(pid) is { } cmd && cmd.Contains("dotnet", StringComparison.OrdinalIgnoreCase)
        || CommandLine(pid) is { } c && c.Contains("AppHost", StringComparison.OrdinalIgnoreCase);

    private static string? CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
