using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Customs.BuildingBlocks.Caching;

public static class RedisExtensions
{
    /// <summary>
    /// A shared Redis connection from <c>ConnectionStrings__&lt;name&gt;</c> through Aspire's client integration
    /// (Aspire.StackExchange.Redis: traces, metrics). Redis is a cache, never the record: the service starts and answers
    /// without it, so instead of Aspire's health check (Unhealthy when Redis is down) ours reports Degraded.
    /// </summary>
    public static IHostApplicationBuilder AddRedisConnection(this IHostApplicationBuilder builder, string connectionName)
    {
        builder.AddRedisClient(connectionName, settings => settings.DisableHealthChecks = true, options =>
        {
            options.AbortOnConnectFail = false;
            options.ConnectTimeout = 2000;
            options.SyncTimeout = 1000;
            options.AsyncTimeout = 1000;
        });
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            connectionName, sp => new RedisHealthCheck(sp.GetRequiredService<IConnectionMultiplexer>()), HealthStatus.Degraded, ["ready"]));
        return builder;
    }
}
