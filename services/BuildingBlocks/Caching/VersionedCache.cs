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

    public async Task<T> GetOrLoadAsync<T>(string key, Func<CancellationToken, Task<T>> load, CancellationToken ct) =>
        (await GetManyOrLoadAsync<T>([key], async (_, c) => new Dictionary<string, T> { [key] = await load(c) }, ct))[key];

    /// <summary>
    /// Many lookups at once: the version and every key in two round trips (GET, then MGET), the misses loaded together
    /// by <paramref name="loadMissing"/> (which answers for each key it is given) and written back in one pipelined batch.
    /// With Redis away all keys are loaded.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, T>> GetManyOrLoadAsync<T>(
        IReadOnlyCollection<string> keys, Func<IReadOnlyList<string>, CancellationToken, Task<IReadOnlyDictionary<string, T>>> loadMissing,
        CancellationToken ct)
    {
        var distinct = keys.Distinct().ToList();
        if (distinct.Count == 0)
        {
            return new Dictionary<string, T>();
        }

        if (_redis.IsConnected)
        {
            try
            {
                return await ManyFromRedisAsync(distinct, loadMissing, ct);
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                _logger.LogWarning(ex, "Redis did not answer {Count} {Register} lookups; reading PostgreSQL", distinct.Count, _prefix);
            }
        }

        _bumpPending = true;
        return await loadMissing(distinct, ct);
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

    private async Task<IReadOnlyDictionary<string, T>> ManyFromRedisAsync<T>(
        List<string> keys, Func<IReadOnlyList<string>, CancellationToken, Task<IReadOnlyDictionary<string, T>>> loadMissing, CancellationToken ct)
    {
        var db = _redis.GetDatabase();
        if (_bumpPending)
        {
            await BumpAsync(db);
        }

        var version = (long?)await db.StringGetAsync(VersionKey) ?? 0;
        var versioned = keys.Select(k => (RedisKey)$"{_prefix}:v{version}:{k}").ToArray();
        var cached = await db.StringGetAsync(versioned);
        var found = new Dictionary<string, T>(keys.Count);
        var missing = new List<int>();
        for (var i = 0; i < keys.Count; i++)
        {
            if (cached[i].HasValue)
            {
                found[keys[i]] = JsonSerializer.Deserialize<T>((string)cached[i]!)!;
            }
            else
            {
                missing.Add(i);
            }
        }

        if (missing.Count == 0)
        {
            return found;
        }

        var fresh = await loadMissing([.. missing.Select(i => keys[i])], ct);
        var batch = db.CreateBatch();
        var writes = new List<Task>(missing.Count);
        foreach (var i in missing)
        {
            var value = fresh[keys[i]];
            found[keys[i]] = value;
            writes.Add(batch.StringSetAsync(versioned[i], JsonSerializer.Serialize(value), _ttl));
        }

        batch.Execute();
        await Task.WhenAll(writes);
        return found;
    }

    private async Task BumpAsync(IDatabase db)
    {
        await db.StringIncrementAsync(VersionKey);
        _bumpPending = false;
    }
}
