using Customs.AppHost.Hosting;

namespace Customs.AppHost.Testing;

/// <summary>
/// Starts the AppHost's own app model (its Program) in the test process, isolated: a fresh temporary
/// data folder, random loopback ports, servers tuned for speed. Mirrors Aspire.Hosting.Testing.
/// </summary>
public static class DistributedApplicationTestingBuilder
{
    public static async Task<DistributedApplication> StartAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        DistributedApplication? app = null;
        using (TestingHooks.Capture(Isolate, built => app = built))
        {
            var entryPoint = typeof(DistributedApplication).Assembly.EntryPoint
                ?? throw new InvalidOperationException("The AppHost assembly has no entry point.");
            entryPoint.Invoke(null, entryPoint.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
        }

        if (app is null)
        {
            throw new InvalidOperationException("The AppHost's Program did not build an application.");
        }

        try
        {
            await app.StartAsync(cancellationToken);
            using var startup = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            startup.CancelAfter(timeout ?? TimeSpan.FromMinutes(3));
            await app.WaitForHealthyAsync(startup.Token);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    private static void Isolate(DistributedApplicationOptions options)
    {
        options.Isolated = true;
        options.Ephemeral = true;
        options.StreamOutput = false;
        options.ClockControl = true;
    }
}
