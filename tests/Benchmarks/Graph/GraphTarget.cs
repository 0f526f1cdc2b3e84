using System.Collections.Concurrent;
using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Customs.BuildingBlocks.Identity;
using Customs.DevTokens;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Customs.Benchmarks.Graph;

/// <summary>
/// What the benchmarks ask of a running graph: gRPC channels, development tokens, connection strings, process ids, and
/// stopping or starting a resource. The graph is the one <see cref="BenchGraph"/> starts, or the whole-graph tests' own.
/// </summary>
public sealed class GraphTarget(DistributedApplication app) : IDisposable
{
    /// <summary>The suite's services and servers whose CPU and memory the benchmarks watch.</summary>
    public static readonly string[] Watched = ["declarations", "ipregister", "payments", "examination", "postgres", "redis", "messaging"];

    private readonly ConcurrentDictionary<string, GrpcChannel> _channels = new();
    private readonly TokenMinter _tokens = new(DevelopmentSigningKey.Load(
        app.Services.GetRequiredService<IConfiguration>()["Customs:DataFolder"]
            ?? throw new InvalidOperationException("The graph runs without Customs:DataFolder.")));

    public DistributedApplication App => app;

    /// <summary>One channel per service, allowed several HTTP/2 connections when one's streams are all taken.</summary>
    public GrpcChannel Channel(string resource) => _channels.GetOrAdd(resource, name => GrpcChannel.ForAddress(
        app.GetEndpoint(name, "grpc"),
        new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true, PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan },
            MaxReceiveMessageSize = 64 * 1024 * 1024,
        }));

    public Metadata As(CallerIdentity caller) => new() { { "authorization", $"Bearer {_tokens.Mint(caller)}" } };

    public Metadata Officer(OfficerRole role = OfficerRole.Inspector) => As(CallerIdentity.Officer($"bench-{role}", "10005000", role));

    public async Task<string> ConnectionStringAsync(string resource) =>
        await app.GetConnectionStringAsync(resource) ?? throw new InvalidOperationException($"{resource} has no connection string.");

    /// <summary>The process id of each watched resource that is running (Aspire's <c>executable.pid</c>).</summary>
    public IReadOnlyDictionary<string, int> ProcessIds()
    {
        var ids = new Dictionary<string, int>();
        foreach (var name in Watched)
        {
            if (app.ResourceNotifications.TryGetCurrentState(name, out var state)
                && state.Snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value is { } pid)
            {
                ids[name] = Convert.ToInt32(pid, CultureInfo.InvariantCulture);
            }
        }

        return ids;
    }

    public async Task StopAsync(string resource) => await ExecuteAsync(resource, KnownResourceCommands.StopCommand);

    public async Task StartAsync(string resource, CancellationToken cancellationToken)
    {
        await ExecuteAsync(resource, KnownResourceCommands.StartCommand);
        await app.ResourceNotifications.WaitForResourceHealthyAsync(resource, cancellationToken);
    }

    public void Dispose()
    {
        foreach (var channel in _channels.Values)
        {
            channel.Dispose();
        }
    }

    private async Task ExecuteAsync(string resource, string command)
    {
        var result = await app.ResourceCommands.ExecuteCommandAsync(resource, command);
        if (!result.Success)
        {
            throw new InvalidOperationException($"{command} of {resource} failed: {result.Message}");
        }
    }
}
