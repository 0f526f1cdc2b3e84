using System.Text.Json;
using Customs.IpRegister.Api.Data;
using Customs.IpRegister.Api.Domain.Screening;
using StackExchange.Redis;

namespace Customs.IpRegister.Api.Caching;

/// <summary>
/// Register lookups by normalised brand and declared tariff code, served from Redis; PostgreSQL stays the record.
/// Cache keys carry the register version. A request that changes the register bumps the version after its commit
/// and before it answers, so the very next screening reads new keys and cannot see stale ones. Versioning is used
/// instead of delete-on-write because a lookup running alongside a change could repopulate a deleted key with what it
/// read before the commit; under a version it can only write a key nobody will read again. If the bump fails (Redis
/// down), it is retried before the next read, and the version is bumped whenever the connection is restored, since
/// the register may have changed while Redis was away (this instance also marks a bump as due whenever it finds
/// Redis away). Any Redis failure falls back to PostgreSQL.
/// </summary>
public sealed class RegisterCache
{
    private const string VersionKey = "ipregister:register-version";
    private static readonly TimeSpan Ttl = TimeSpan.FromMinutes(30);

    private readonly IConnectionMultiplexer _redis;
    private readonly CandidateQuery _query;
    private readonly ILogger<RegisterCache> _logger;
    private volatile bool _bumpPending = true;

    public RegisterCache(IConnectionMultiplexer redis, CandidateQuery query, ILogger<RegisterCache> logger)
    {
        _redis = redis;
        _query = query;
        _logger = logger;
        _redis.ConnectionRestored += (_, _) => _bumpPending = true;
    }

    public async Task<IReadOnlyList<RegisterMatchCandidate>> FindAsync(string normalisedBrand, string tariffCode, CancellationToken ct)
    {
        var code = TariffCode.Normalise(tariffCode);
        if (_redis.IsConnected)
        {
            try
            {
                return await FromRedisAsync(normalisedBrand, code, ct);
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                _logger.LogWarning(ex, "Redis did not answer a register lookup; reading PostgreSQL");
            }
        }

        // Redis is away: the register may change meanwhile, so the version is bumped before Redis is read again.
        _bumpPending = true;

        return Covering(await _query.ByBrandAsync(normalisedBrand, ct), code);
    }

    /// <summary>Call after the commit of a register change and before answering its request.</summary>
    public async Task RegisterChangedAsync()
    {
        _bumpPending = true;
        try
        {
            await BumpAsync(_redis.GetDatabase());
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            _logger.LogWarning(ex, "Redis is down; the register version will be bumped when it is back");
        }
    }

    private async Task<IReadOnlyList<RegisterMatchCandidate>> FromRedisAsync(string brand, string code, CancellationToken ct)
    {
        var db = _redis.GetDatabase();
        if (_bumpPending)
        {
            await BumpAsync(db);
        }

        var version = (long?)await db.StringGetAsync(VersionKey) ?? 0;
        var key = $"ipregister:v{version}:lookup:{brand}:{code}";
        var cached = await db.StringGetAsync(key);
        if (cached.HasValue)
        {
            return JsonSerializer.Deserialize<List<RegisterMatchCandidate>>((string)cached!) ?? [];
        }

        var fresh = Covering(await _query.ByBrandAsync(brand, ct), code);
        await db.StringSetAsync(key, JsonSerializer.Serialize(fresh), Ttl);
        return fresh;
    }

    private async Task BumpAsync(IDatabase db)
    {
        await db.StringIncrementAsync(VersionKey);
        _bumpPending = false;
    }

    private static List<RegisterMatchCandidate> Covering(IEnumerable<RegisterMatchCandidate> candidates, string code) =>
        [.. candidates.Where(c => c.TariffCodes.Any(registered => TariffCode.Covers(registered, code)))];
}
