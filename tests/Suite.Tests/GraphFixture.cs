using Customs.AppHost.Hosting;
using Customs.AppHost.Testing;

namespace Customs.Suite.Tests;

/// <summary>The whole graph, started once for every test of the run that needs it.</summary>
public sealed class GraphFixture : IAsyncLifetime
{
    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The graph is not running.");

    public async Task InitializeAsync() => _app = await DistributedApplicationTestingBuilder.StartAsync();

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class GraphCollection : ICollectionFixture<GraphFixture>
{
    public const string Name = "Whole graph";
}
