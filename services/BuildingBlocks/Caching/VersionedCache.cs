using System.Text.Json;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Customs.BuildingBlocks.Caching;

/// <summary>
/// Lookups of a register served from Redis while PostgreSQL stays the record. Cache keys carry the register's version.
/// A request that changes the register calls <see cref="ChangedAsync"/> after its commit and before it answers, so the
/// very next lookup reads new keys and cannot see stale ones. Versioning is used instead of delete-on-write because a
/// lookup running alongside a change could repopulate a deleted key with what it read before the commit; under a
/// version it can only write a key nobody will read again. If the bump fails (Redis down), it is retried before the next
/// read, and the version is bumped whenever the connection is restored, since the register may have changed while Redis
/// was away (this instance also marks a bump as due whenever it finds Redis away). Any Redis failure falls back to the
/// loader (PostgreSQL).
/// </summary>
public sealed class VersionedCache
{
    private readonly IConnectionMultiplexer _redis;
    private readonly string _prefix;
    private readonly TimeSpan _ttl;
    private readonly ILogger _logger;
    private volatile bool _bumpPending = true;

    /// <param name="prefix">The register's namespace in Redis, e.g. <c>ipregister</c>.</param>
    public VersionedCache(IConnectionMultiplexer redis, string prefix, TimeSpan ttl, ILogger logger)
    {
        _redis = redis;
        _prefix = prefix;
        _ttl = ttl;
        _logger = logger;
        _redis.ConnectionRestored += (_, _) => _bumpPending = true;
    }

    private string VersionKey => $"{_prefix}:register-version";

    public async Task<T> GetOrLoadAsync<T>(string key, Func<CancellationToken, Task<T>> load, CancellationToken ct)
    {
        if (_redis.IsConnected)
        {
            try
            {
                return await FromRedisAsync(key, load, ct);
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                _logger.LogWarning(ex, "Redis did not answer a {Register} lookup; reading PostgreSQL", _prefix);
            }
        }

        // Redis is away: the register may change meanwhile, so the version is bumped before Redis is read again.
        _bumpPending = true;
        return await load(ct);
    }

    /// <summary>Call after the commit of a register change and before answering its request.</summary>
    public async Task ChangedAsync()
    {
        _bumpPending = true;
        try
        {
            await BumpAsync(_redis.GetDatabase());
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            _logger.LogWarning(ex, "Redis is down; the {Register} version will be bumped when it is back", _prefix);
        }
    }

    private async Task<T> FromRedisAsync<T>(string key, Func<CancellationToken, Task<T>> load, CancellationToken ct)
    {
        var db = _redis.GetDatabase();
        if (_bumpPending)
        {
            await BumpAsync(db);
        }

        var version = (long?)await db.StringGetAsync(VersionKey) ?? 0;
        var versioned = $"{_prefix}:v{version}:{key}";
        var cached = await db.StringGetAsync(versioned);
        if (cached.HasValue)
        {
            return JsonSerializer.Deserialize<T>((string)cached!)!;
        }

        var fresh = await load(ct);
        await db.StringSetAsync(versioned, JsonSerializer.Serialize(fresh), _ttl);
        return fresh;
    }

    private async Task BumpAsync(IDatabase db)
    {
        await db.StringIncrementAsync(VersionKey);
        _bumpPending = false;
    }
}
