using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Customs.AppHost.Resources;

public static class DashboardExtensions
{
    /// <summary>
    /// The services export their telemetry to the dashboard over HTTP/2 connections, and a graph that nobody calls
    /// produces no traces: those connections idle. The dashboard's Kestrel would close an idle connection after 130 s,
    /// which each service's client sees as a failed read, an exception in every idle service every few minutes. The
    /// dashboard keeps them open instead (the services keep their side open: ServiceDefaults).
    /// </summary>
    public static IDistributedApplicationBuilder KeepTelemetryConnectionsOpen(this IDistributedApplicationBuilder builder)
    {
        builder.Eventing.Subscribe<BeforeResourceStartedEvent>((e, _) =>
        {
            // Aspire adds its dashboard to the model itself, as the executable "aspire-dashboard", when the run starts.
            if (e.Resource is ExecutableResource { Name: "aspire-dashboard" } dashboard && !dashboard.Annotations.Contains(KeepAlive))
            {
                dashboard.Annotations.Add(KeepAlive);
            }

            return Task.CompletedTask;
        });
        return builder;
    }

    private static readonly EnvironmentCallbackAnnotation KeepAlive = new("Kestrel__Limits__KeepAliveTimeout", () => "365.00:00:00");
}
