using Customs.AppHost.Hosting;

namespace Customs.AppHost.Tests;

/// <summary>An app model with no resources: only the dashboard and its OTLP receiver, on free loopback ports.</summary>
internal static class DashboardHost
{
    public static async Task<DistributedApplication> StartAsync(Action<DistributedApplicationOptions>? configure = null)
    {
        var builder = DistributedApplication.CreateBuilder(["--isolated"]);
        builder.Options.StreamOutput = false;
        configure?.Invoke(builder.Options);
        var app = builder.Build();
        await app.StartAsync();
        return app;
    }
}
