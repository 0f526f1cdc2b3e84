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
    /// The candidates of each (normalised brand, declared code) pair, in the order given, in a few round trips: one Redis
    /// read for all, and the misses from PostgreSQL in one query. An empty brand matches nothing and is not looked up.
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyList<RegisterMatchCandidate>>> FindManyAsync(
        IReadOnlyList<(string NormalisedBrand, string TariffCode)> lookups, CancellationToken ct)
    {
        var pairs = lookups
            .Select(l => l.NormalisedBrand.Length == 0 ? ((string Brand, string Code)?)null : (l.NormalisedBrand, TariffCode.Normalise(l.TariffCode)))
            .ToList();
        var byKey = pairs.OfType<(string Brand, string Code)>().Distinct().ToDictionary(Key);
        var found = await _cache.GetManyOrLoadAsync<List<RegisterMatchCandidate>>(byKey.Keys, async (missing, c) =>
        {
            var byBrand = await query.ByBrandsAsync([.. missing.Select(k => byKey[k].Brand).Distinct()], c);
            return missing.ToDictionary(k => k, k => Covering(byBrand[byKey[k].Brand], byKey[k].Code));
        }, ct);
        return [.. pairs.Select(IReadOnlyList<RegisterMatchCandidate> (p) => p is { } pair ? found[Key(pair)] : [])];
    }

    /// <summary>Call after the commit of a register change and before answering its request.</summary>
    public Task RegisterChangedAsync() => _cache.ChangedAsync();

    private static string Key((string Brand, string Code) pair) => $"lookup:{pair.Brand}:{pair.Code}";

    private static List<RegisterMatchCandidate> Covering(IEnumerable<RegisterMatchCandidate> candidates, string code) =>
        [.. candidates.Where(c => c.TariffCodes.Any(registered => TariffCode.Covers(registered, code)))];
}
