using System.Diagnostics;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Customs.AppHost.Resources;

/// <summary>
/// An Aspire health check of one of our resources: healthy when <paramref name="attempt"/> (a client of the resource's
/// kind asking it something) gets an answer. Until then <c>WaitFor</c> holds back what depends on the resource.
/// </summary>
internal sealed class ProbeHealthCheck(string what, Func<CancellationToken, Task> attempt) : IHealthCheck
{
    // Aspire polls a resource that is not healthy yet at growing intervals (1, 2, 3, 4, 5 s), so a check that fails at
    // once leaves what waits for the resource waiting for the next poll, seconds after it answers. This one keeps
    // asking for a while and so answers as soon as the resource does.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    /// <summary>Asks a server through its own connection string.</summary>
    public static ProbeHealthCheck ByConnectionString(
        IResourceWithConnectionString resource, string what, Func<string, CancellationToken, Task> probe) =>
        new(what, async cancellationToken =>
        {
            var connectionString = await resource.ConnectionStringExpression.GetValueAsync(cancellationToken)
                ?? throw new InvalidOperationException($"{resource.Name} has no connection string yet.");
            await probe(connectionString, cancellationToken);
        });

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await attempt(cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // The client's exception type differs by library; every failure means "not answering yet".
                if (waited.Elapsed >= Patience)
                {
                    return HealthCheckResult.Unhealthy($"{what} does not answer yet.", ex);
                }
            }

            await Task.Delay(Interval, cancellationToken);
        }
    }
}
