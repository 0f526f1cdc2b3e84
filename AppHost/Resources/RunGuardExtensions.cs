using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Customs.AppHost.Resources;

public static class RunGuardExtensions
{
    /// <summary>
    /// Marks every process this run starts with a new run id and guards them (<see cref="RunGuard"/>) from the start of the
    /// application until it stops. Call it first, before anything starts a process.
    /// </summary>
    public static IDistributedApplicationBuilder GuardTheRun(this IDistributedApplicationBuilder builder)
    {
        var runId = Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(RunGuard.RunIdVariable, runId);
        builder.Eventing.Subscribe<BeforeStartEvent>((e, _) =>
        {
            // Held by the subscription until the application stops; if the AppHost dies instead, the pipe closes with it.
            var guard = RunGuard.Start(runId, RunGuard.Grace);
            e.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(guard.Dispose);
            return Task.CompletedTask;
        });
        return builder;
    }
}
