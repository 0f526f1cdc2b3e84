using System.Collections.Concurrent;
using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Customs.AppHost.Resources;

public static class StartupReport
{
    /// <summary>
    /// When every resource of the model is ready (running and healthy), logs how long that took, when each resource
    /// became ready (what a slow start waited for), and each service's gRPC endpoint, under the dashboard's login
    /// address that Aspire prints at start-up. Call it last.
    /// </summary>
    public static IDistributedApplicationBuilder ReportWhenReady(this IDistributedApplicationBuilder builder)
    {
        // The resources a user runs: each has a health check (Aspire adds hidden ones of its own, such as rebuilders).
        var awaited = builder.Resources.Where(r => r.Annotations.OfType<HealthCheckAnnotation>().Any()).ToList();
        var ready = new ConcurrentDictionary<string, TimeSpan>();
        foreach (var resource in awaited)
        {
            builder.Eventing.Subscribe<ResourceReadyEvent>(resource, (e, _) =>
            {
                if (ready.TryAdd(e.Resource.Name, SinceStart()) && ready.Count == awaited.Count)
                {
                    Report(e.Services, awaited, ready);
                }

                return Task.CompletedTask;
            });
        }

        return builder;
    }

    private static TimeSpan SinceStart() => DateTime.Now - Process.GetCurrentProcess().StartTime;

    private static void Report(
        IServiceProvider services, IReadOnlyList<IResource> resources, IReadOnlyDictionary<string, TimeSpan> readyAt)
    {
        var elapsed = SinceStart();
        var timeline = string.Join(", ", readyAt.OrderBy(r => r.Value).Select(r => $"{r.Key} {r.Value.TotalSeconds:0.0} s"));
        var endpoints = resources.OfType<ProjectResource>().Select(p => $"  {p.Name,-14} gRPC {p.GetEndpoint("grpc").Url}");
        services.GetRequiredService<ILoggerFactory>().CreateLogger("Customs.AppHost").LogInformation(
            "All {Count} resources are healthy, {Seconds:0.0} s after start (ready: {Timeline}).\n{Endpoints}",
            resources.Count, elapsed.TotalSeconds, timeline, string.Join('\n', endpoints));
    }
}
