using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Customs.AppHost.Resources;

public static class ServiceHealthExtensions
{
    // A service's first health request can take long on a busy machine (its checks open the database, Redis and the bus
    // while the JIT compiles them). Abandoning it after a few seconds only starts the work again and makes the service
    // count a cancelled request: wait for the answer instead.
    private static readonly HttpClient Client = new() { Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>
    /// Healthy when the service's <paramref name="path"/> on <paramref name="endpointName"/> answers 2xx, as Aspire's
    /// <c>WithHttpHealthCheck</c>, but asking until it does (<see cref="ProbeHealthCheck"/>): a service counts as healthy as soon
    /// as it is, not at Aspire's next poll.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithHealthEndpoint(
        this IResourceBuilder<ProjectResource> service, string path, string endpointName)
    {
        var endpoint = service.GetEndpoint(endpointName);
        var key = $"{service.Resource.Name}_{endpointName}_health";
        service.ApplicationBuilder.Services.AddHealthChecks().Add(new(key, _ => new ProbeHealthCheck(
            service.Resource.Name, async cancellationToken =>
            {
                using var response = await Client.GetAsync(new Uri(new Uri(endpoint.Url), path), cancellationToken);
                response.EnsureSuccessStatusCode();
            }), failureStatus: null, tags: null));
        return service.WithHealthCheck(key);
    }
}
