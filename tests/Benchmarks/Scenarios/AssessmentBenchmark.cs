using System.Diagnostics;
using System.Text.Json;

namespace Customs.Benchmarks.Scenarios;

/// <summary>
/// 4. Goods items assessed per second in process on one core: tests/Benchmarks.Assessment (BenchmarkDotNet on the Payments
/// service's Assessor, with allocations), run as a process of its own built in the same configuration as this one.
/// </summary>
public static class AssessmentBenchmark
{
    public const string Name = "4 Assessment";

    private const string Configuration =
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    public static async Task RunAsync(BenchContext context)
    {
        var program = Path.Combine(RepositoryRoot(), "tests", "Benchmarks.Assessment", "bin", Configuration, "net10.0", "Customs.Benchmarks.Assessment.dll");
        var start = new ProcessStartInfo("dotnet") { ArgumentList = { program }, RedirectStandardOutput = true };
        if (!context.Settings.AssessWithBenchmarkDotNet)
        {
            start.ArgumentList.Add("--smoke");
            start.ArgumentList.Add(context.Settings.Window.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        context.Log($"assessment: {string.Join(' ', start.ArgumentList)}");
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        string? last = null;
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            context.Log("  " + line);
            last = line.Length > 0 ? line : last;
        }

        await process.WaitForExitAsync();
        if (process.ExitCode != 0 || last is null)
        {
            throw new InvalidOperationException($"{program} ended with {process.ExitCode}.");
        }

        using var result = JsonDocument.Parse(last);
        var method = result.RootElement.GetProperty("method").GetString();
        context.Report.Add(Name, $"items/s on one core, commercial declaration of 10 items ({method})",
            result.RootElement.GetProperty("itemsPerSecond").GetDouble(), "items/s", "≥ 1,000,000 items/s per core");
        if (result.RootElement.GetProperty("bytesPerDeclaration").ValueKind == JsonValueKind.Number)
        {
            context.Report.Add(Name, "allocated per declaration of 10 items", result.RootElement.GetProperty("bytesPerDeclaration").GetDouble(), "bytes");
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Microservices.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Microservices.sln above {AppContext.BaseDirectory}.");
    }
}
