using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Customs.BuildingBlocks.Caching;

internal sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"PING {latency.TotalMilliseconds:0.0} ms");
        }
        catch (RedisException ex)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Redis does not answer; lookups go to PostgreSQL.", ex);
        }
        catch (TimeoutException ex)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Redis does not answer; lookups go to PostgreSQL.", ex);
        }
    }
}
