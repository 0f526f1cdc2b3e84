using System.Diagnostics;
using Aspire.Hosting.Testing;
using Customs.BuildingBlocks.Identity;

namespace Customs.Suite.Tests.Wire;

/// <summary>
/// A client in another language, built from protos/ alone: clients/node (grpc-js + proto-loader) files a declaration,
/// registers it, screens and looks up goods, and reads refused requests' reasons and field violations.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class NodeClientTests(GraphFixture graph)
{
    [Fact]
    public async Task A_node_client_built_from_the_protos_alone_files_a_declaration_and_screens_goods()
    {
        var folder = Path.Combine(Repository.Root, "clients", "node");
        Assert.True(Directory.Exists(Path.Combine(folder, "node_modules")),
            "clients/node has no node_modules: run `npm ci --prefix clients/node` (./customs test does).");
        var start = new ProcessStartInfo("node", "file-and-screen.mjs")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["DECLARATIONS_ADDRESS"] = graph.App.GetEndpoint("declarations", "grpc").Authority,
                ["IPREGISTER_ADDRESS"] = graph.App.GetEndpoint("ipregister", "grpc").Authority,
                // As `./customs token --declarant 7707083893` and `--officer 42 --office 10005020 --role inspector` print them.
                ["DECLARANT_TOKEN"] = graph.App.Tokens().Mint(CallerIdentity.Declarant("7707083893")),
                ["OFFICER_TOKEN"] = graph.App.Tokens().Mint(CallerIdentity.Officer("42", "10005020", OfficerRole.Inspector)),
            },
        };

        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await node.WaitForExitAsync(timeout.Token);

        Assert.True(node.ExitCode == 0, $"node exited with {node.ExitCode}:\n{await output}\n{await errors}");
        Assert.EndsWith("ok", (await output).TrimEnd());
    }
}
