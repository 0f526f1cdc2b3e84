using Customs.AppHost.Hosting;

namespace Customs.AppHost.Dashboard;

/// <summary>A resource as the dashboard shows it.</summary>
internal sealed record ResourceView(
    string Name,
    string Type,
    string? Parent,
    string State,
    DateTimeOffset? StartedAt,
    int? ProcessId,
    int Restarts,
    IReadOnlyList<EndpointView> Endpoints)
{
    public static ResourceView From(ResourceRunner runner) => new(
        runner.Resource.Name,
        runner.Resource.Type,
        runner.Resource.Parent?.Name,
        runner.State.ToString(),
        runner.StartedAt,
        runner.ProcessId,
        runner.Restarts,
        [.. runner.Resource.Endpoints.Select(e => new EndpointView(e.Key, e.Value, e.Value.StartsWith("http", StringComparison.Ordinal)))]);
}

internal sealed record EndpointView(string Name, string Url, bool IsLink);
