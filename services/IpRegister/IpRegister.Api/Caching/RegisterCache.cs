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

    public async Task<IReadOnlyList<RegisterMatchCandidate>> FindAsync(string normalisedBrand, string tariffCode, CancellationToken ct)
    {
        var code = TariffCode.Normalise(tariffCode);
        return await _cache.GetOrLoadAsync<List<RegisterMatchCandidate>>(
            $"lookup:{normalisedBrand}:{code}", async c => Covering(await query.ByBrandAsync(normalisedBrand, c), code), ct);
    }

    /// <summary>Call after the commit of a register change and before answering its request.</summary>
    public Task RegisterChangedAsync() => _cache.ChangedAsync();

    private static List<RegisterMatchCandidate> Covering(IEnumerable<RegisterMatchCandidate> candidates, string code) =>
        [.. candidates.Where(c => c.TariffCodes.Any(registered => TariffCode.Covers(registered, code)))];
}
