using Aspire.Hosting.Testing;
using Aspire.Hosting;
using Customs.IpRegister.V1;
using StackExchange.Redis;

namespace Customs.Suite.Tests.IpRegister;

/// <summary>Looks into the graph's Redis, to prove a lookup was served through the cache.</summary>
public sealed class RedisProbe(ConnectionMultiplexer redis) : IAsyncDisposable
{
    public static async Task<RedisProbe> ConnectAsync(DistributedApplication app) =>
        new(await ConnectionMultiplexer.ConnectAsync((await app.GetConnectionStringAsync("redis"))!));

    /// <summary>Whether the lookup is cached under the register's current version (what the next lookup reads).</summary>
    public bool IsCached(string brand, string tariffCode) => IsCachedIn("ipregister", $"lookup:{brand.ToLowerInvariant()}:{tariffCode}");

    /// <summary>Whether a key of a register's versioned cache (BuildingBlocks' VersionedCache) is cached under its current version.</summary>
    public bool IsCachedIn(string register, string key)
    {
        var db = redis.GetDatabase();
        var version = (long?)db.StringGet($"{register}:register-version") ?? 0;
        return db.KeyExists($"{register}:v{version}:{key}");
    }

    /// <summary>Screens until the service answers through Redis (it reconnects on its own after a restart).</summary>
    public async Task<ScreeningOutcome> ScreenThroughCacheAsync(IpRegisterDriver ipRegister, ScreenDeclarationRequest request)
    {
        var item = request.Items.Single();
        var outcome = ScreeningOutcome.Unspecified;
        await Eventually.WaitAsync(async () =>
        {
            outcome = await ipRegister.OutcomeAsync(request);
            return IsCached(item.Brand, item.TariffCode);
        }, TimeSpan.FromSeconds(30), $"the lookup of {item.Brand} to be cached in Redis");
        return outcome;
    }

    /// <summary>Waits until the service's own Redis connection is back: its health turns from Degraded to Healthy.</summary>
    public static async Task WaitUntilServiceReconnectedAsync(DistributedApplication app, string service)
    {
        using var http = new HttpClient();
        var health = new Uri(app.GetEndpoint(service, "http"), "/health");
        await Eventually.WaitAsync(async () => await http.GetStringAsync(health) == "Healthy", TimeSpan.FromSeconds(60),
            $"{service} to reconnect to Redis");
    }

    /// <summary>Runs <paramref name="whileDown"/> with the graph's Redis stopped, then starts it and waits until it is healthy.</summary>
    public static async Task<T> WhileDownAsync<T>(DistributedApplication app, Func<Task<T>> whileDown)
    {
        await app.StopResourceAsync("redis");
        try
        {
            return await whileDown();
        }
        finally
        {
            await app.StartResourceAsync("redis");
            using var healthy = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await app.WaitForResourceHealthyAsync("redis", healthy.Token);
        }
    }

    public ValueTask DisposeAsync() => redis.DisposeAsync();
}
