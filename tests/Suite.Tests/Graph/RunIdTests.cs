using Customs.AppHost.Resources;

namespace Customs.Suite.Tests;

/// <summary>
/// The run guard (AppHost/Resources/RunGuard.cs) finds what is left of a run by the run id in each process's environment as
/// /proc shows it: a server that writes over its environment (Redis's process title did) would outlive a run DCP failed to stop.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class RunIdTests(GraphFixture graph)
{
    [Fact]
    public void Every_server_and_service_of_the_graph_shows_the_run_id_where_the_guard_looks_for_it()
    {
        var runId = Environment.GetEnvironmentVariable(RunGuard.RunIdVariable);
        Assert.False(string.IsNullOrEmpty(runId));
        foreach (var resource in new[] { "postgres", "redis", "messaging", "declarations", "ipregister", "payments", "examination" })
        {
            var pid = graph.App.GetProcessId(resource);
            Assert.True(pid is not null, $"{resource} has no process");
            var environment = File.ReadAllText($"/proc/{pid}/environ").Split('\0');
            Assert.True(environment.Contains($"{RunGuard.RunIdVariable}={runId}"), $"{resource} (pid {pid}) does not show the run id in /proc/{pid}/environ");
        }
    }
}
