using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Customs.AppHost.Resources;
using Microsoft.Extensions.Logging;

namespace Customs.AppHost;

public static class DemoCommandExtensions
{
    /// <summary>
    /// The dashboard's "Run the demo" command on the declarations resource: runs tools/Demo (what <c>./customs demo</c>
    /// runs) against this graph's endpoints and data folder. Each line it prints goes to the declarations resource's log
    /// as it comes; the whole output, with the link to each scenario's trace, is the command's result.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithDemoCommand(
        this IResourceBuilder<ProjectResource> declarations, IResourceBuilder<ProjectResource> payments, IResourceBuilder<ProjectResource> ipRegister)
    {
        var builder = declarations.ApplicationBuilder;
        var dataDirectory = builder.GetDataDirectory();
        var dashboard = builder.Configuration["ASPNETCORE_URLS"]?.Split(';')[0];
        return declarations.WithCommand("run-demo", "Run the demo (scenarios 1 and 2)", async context =>
        {
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = builder.AppHostDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in (string[])
            [
                DemoAssembly(builder.AppHostDirectory),
                "--declarations", declarations.GetEndpoint("grpc").Url, "--payments", payments.GetEndpoint("grpc").Url,
                "--ipregister", ipRegister.GetEndpoint("grpc").Url, "--data-dir", dataDirectory,
                .. dashboard is null ? Array.Empty<string>() : ["--dashboard", dashboard],
            ])
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = new System.Text.StringBuilder();
            process.OutputDataReceived += (_, line) => Record(line.Data, LogLevel.Information);
            process.ErrorDataReceived += (_, line) => Record(line.Data, LogLevel.Error);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            await process.WaitForExitAsync(context.CancellationToken);
            return process.ExitCode == 0
                ? CommandResults.Success("The demo released both scenarios' goods.", output.ToString(), CommandResultFormat.Text)
                : CommandResults.Failure($"The demo stopped (exit code {process.ExitCode}).", output.ToString(), CommandResultFormat.Text);

            void Record(string? line, LogLevel level)
            {
                if (line is null)
                {
                    return;
                }

                lock (output)
                {
                    output.AppendLine(line);
                }

                context.Logger.Log(level, "demo: {Line}", line);
            }
        }, new CommandOptions
        {
            Description = "Files a commercial import the IP register holds and a posted phone, and follows both to release, printing each step.",
            IconName = "Play",
        });
    }

    /// <summary>tools/Demo as the AppHost's build built it (the AppHost project references it so that it is built).</summary>
    public static string DemoAssembly(string appHostDirectory)
    {
        var bin = Path.GetFullPath(Path.Combine(appHostDirectory, "..", "tools", "Demo", "bin"));
        return new[] { "Debug", "Release" }
            .Select(configuration => Path.Combine(bin, configuration, "net10.0", "Customs.Demo.dll"))
            .Where(File.Exists).OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            ?? throw new FileNotFoundException("tools/Demo is not built: dotnet build tools/Demo", Path.Combine(bin, "Debug", "net10.0", "Customs.Demo.dll"));
    }
}
