using System.Text.Json;
using Aspire.Hosting.Testing;

namespace Customs.Suite.Tests;

/// <summary>
/// `./customs up` serves on the fixed ports of the services' appsettings.json (one `up` per machine); a test graph takes
/// random ports, so test runs in several worktrees, and beside an `up`, do not collide.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class PortTests(GraphFixture graph)
{
    [Theory]
    [InlineData("declarations", "Declarations")]
    [InlineData("payments", "Payments")]
    [InlineData("ipregister", "IpRegister")]
    [InlineData("examination", "Examination")]
    public void A_test_graph_serves_on_ports_of_its_own_not_the_fixed_ones_of_customs_up(string service, string folder)
    {
        var settings = Path.Combine(Repository.Root, "services", folder, $"{folder}.Api", "appsettings.json");
        using var json = JsonDocument.Parse(File.ReadAllText(settings));
        foreach (var endpoint in json.RootElement.GetProperty("Kestrel").GetProperty("Endpoints").EnumerateObject())
        {
            var fixedPort = new Uri(endpoint.Value.GetProperty("Url").GetString()!).Port;

            Assert.NotEqual(fixedPort, graph.App.GetEndpoint(service, endpoint.Name).Port);
        }
    }
}
