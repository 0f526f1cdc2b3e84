using System.Diagnostics;

namespace Customs.AppHost.Hosting;

internal static class Shell
{
    /// <summary>Runs a short command to its end; a non-zero exit is an error carrying its output.</summary>
    public static async Task<string> RunAsync(string file, IEnumerable<string> arguments, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'{file} {string.Join(' ', info.ArgumentList)}' exited with {process.ExitCode}: {await stderr}{await stdout}");
        }

        return await stdout;
    }
}
