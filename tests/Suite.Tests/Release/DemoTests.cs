using System.Diagnostics;
using System.Text.RegularExpressions;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Customs.Suite.Tests.Release;

/// <summary>
/// <c>./customs demo</c> (tools/Demo) against the running graph: scenarios 1 and 2 of issue 15 reach release, each step
/// printed, and each scenario is one trace, from the filing RPC to the event announcing the release.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed partial class DemoTests(GraphFixture graph)
{
    [Fact]
    public async Task The_demo_releases_both_scenarios_goods_and_each_release_is_in_the_trace_of_its_filing()
    {
        var today = await graph.App.TodayAsync();
        string[] arguments =
        [
            DemoAssembly(), "--declarations", Grpc("declarations"), "--payments", Grpc("payments"), "--ipregister", Grpc("ipregister"),
            "--data-dir", graph.App.GetDataDirectory(), "--dashboard", graph.DashboardUrl.ToString(), "--today", $"{today:yyyy-MM-dd}",
        ];

        var (exitCode, output) = await RunAsync(arguments);

        Assert.True(exitCode == 0, output);
        Assert.Equal(2, Regex.Matches(output, "Declarations: RELEASED by customs \\(automatic release\\)").Count);
        Assert.Contains("the head suspends release until", output);
        Assert.Contains("the court finds no infringement", output);
        Assert.Contains("goods for personal use are exempt: logged, not held (Art. 400)", output);
        var traces = TraceLink().Matches(output).Select(m => m.Groups["trace"].Value).ToList();
        var declarations = Filed().Matches(output).Select(m => m.Groups["id"].Value).ToList();
        Assert.Equal(2, traces.Count);
        Assert.Equal(2, declarations.Count);
        Assert.Contains($"trace: {new Uri(graph.DashboardUrl, "/traces/detail/")}", output);
        await using var db = await graph.App.CreateDataSourceAsync("declarations-db");
        await using var connection = await db.OpenConnectionAsync();
        for (var i = 0; i < 2; i++)
        {
            // The outbox keeps the traceparent of the operation that wrote the event: the release happened in the scenario's trace.
            var traceParent = await connection.ExecuteScalarAsync<string?>("""
                select trace_parent from outbox_messages
                where message_type = 'Customs.Declarations.Contracts.GoodsReleased' and payload ->> 'declarationId' = @id
                """, new { id = declarations[i] });
            Assert.Equal(traces[i], traceParent?.Split('-')[1]);
        }
    }

    [Fact]
    public void The_dashboard_offers_the_demo_as_a_command_of_the_declarations_resource()
    {
        var declarations = graph.App.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(r => r.Name == "declarations");

        var command = Assert.Single(declarations.Annotations.OfType<ResourceCommandAnnotation>(), c => c.Name == "run-demo");

        Assert.Equal("Run the demo (scenarios 1 and 2)", command.DisplayName);
    }

    private string Grpc(string service) => graph.App.GetEndpoint(service, "grpc").ToString();

    private static string DemoAssembly() => Customs.AppHost.DemoCommandExtensions.DemoAssembly(Path.Combine(Repository.Root, "AppHost"));

    private static async Task<(int ExitCode, string Output)> RunAsync(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }

    [GeneratedRegex(@"trace: \S+/traces/detail/(?<trace>[0-9a-f]{32})")]
    private static partial Regex TraceLink();

    [GeneratedRegex(@"files declaration (?<id>[0-9a-f-]{36})")]
    private static partial Regex Filed();
}
