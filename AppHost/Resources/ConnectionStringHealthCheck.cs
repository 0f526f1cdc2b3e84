using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Customs.AppHost.Resources;

/// <summary>
/// An Aspire health check of a server resource: healthy when a client of its kind, given the resource's own
/// connection string, gets an answer. Until then <c>WaitFor</c> holds back what depends on the resource.
/// </summary>
internal sealed class ConnectionStringHealthCheck(
    IResourceWithConnectionString resource, string what, Func<string, CancellationToken, Task> probe) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var connectionString = await resource.ConnectionStringExpression.GetValueAsync(cancellationToken);
        if (connectionString is null)
        {
            return HealthCheckResult.Unhealthy($"{resource.Name} has no connection string yet.");
        }

        try
        {
            await probe(connectionString, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The probe's own exception type differs by client library; every failure means "not answering yet".
            return HealthCheckResult.Unhealthy($"{what} does not answer yet.", ex);
        }
    }
}
