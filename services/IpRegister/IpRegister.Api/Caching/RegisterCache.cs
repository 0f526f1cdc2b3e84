using Customs.BuildingBlocks.Caching;
using Customs.IpRegister.Api.Data;
using Customs.IpRegister.Api.Domain.Screening;
using StackExchange.Redis;

namespace Customs.IpRegister.Api.Caching;

/// <summary>
/// Register lookups by normalised brand and declared tariff code, served from Redis through the versioned cache of
/// BuildingBlocks (a change bumps the version after its commit and before it answers); PostgreSQL stays the record.
/// </summary>
public sealed class RegisterCache(IConnectionMultiplexer redis, CandidateQuery query, ILogger<RegisterCache> logger)
{
    private readonly VersionedCache _cache = new(redis, "ipregister", TimeSpan.FromMinutes(30), logger);

    /// <summary>
    /// Every (normalised brand, declared code) pair of a declaration in a few round trips: one Redis read for all, and
    /// the misses from PostgreSQL in one query. Pairs with an empty brand match nothing and are not looked up.
    /// </summary>
    public async Task<IReadOnlyDictionary<(string Brand, string Code), IReadOnlyList<RegisterMatchCandidate>>> FindManyAsync(
        IEnumerable<(string NormalisedBrand, string TariffCode)> lookups, CancellationToken ct)
    {
        var pairs = lookups.Where(l => l.NormalisedBrand.Length > 0).Select(l => (l.NormalisedBrand, Code: TariffCode.Normalise(l.TariffCode))).Distinct().ToList();
        var byKey = pairs.ToDictionary(p => $"lookup:{p.NormalisedBrand}:{p.Code}");
        var found = await _cache.GetManyOrLoadAsync<List<RegisterMatchCandidate>>(byKey.Keys, async (missing, c) =>
        {
            var wanted = missing.Select(k => byKey[k]).ToList();
            var byBrand = await query.ByBrandsAsync([.. wanted.Select(w => w.NormalisedBrand).Distinct()], c);
            return missing.ToDictionary(k => k, k => Covering(byBrand[byKey[k].NormalisedBrand], byKey[k].Code));
        }, ct);
        return byKey.ToDictionary(
            kv => (kv.Value.NormalisedBrand, kv.Value.Code), IReadOnlyList<RegisterMatchCandidate> (kv) => found[kv.Key]);
    }

    /// <summary>Call after the commit of a register change and before answering its request.</summary>
    public Task RegisterChangedAsync() => _cache.ChangedAsync();

    private static List<RegisterMatchCandidate> Covering(IEnumerable<RegisterMatchCandidate> candidates, string code) =>
        [.. candidates.Where(c => c.TariffCodes.Any(registered => TariffCode.Covers(registered, code)))];
}
