using Customs.IpRegister.Api.Caching;
using Customs.IpRegister.Api.Domain.Screening;

namespace Customs.IpRegister.Api.Screening;

/// <summary>The hot path: every item against the register, by normalised brand and tariff code, through the cache.</summary>
public sealed class Screener(RegisterCache cache)
{
    public async Task<IReadOnlyList<ItemVerdict>> ScreenAsync(DeclarationFacts facts, CancellationToken ct)
    {
        var found = await cache.FindManyAsync([.. facts.Items.Select(i => (BrandNormaliser.Normalise(i.Brand), i.TariffCode))], ct);
        var items = facts.Items.Select((item, i) => (item, (IEnumerable<RegisterMatchCandidate>)found[i])).ToList();

        // Art. 400: the quantity is judged over the declaration, so all items are decided together.
        return ScreeningPolicy.DecideAll(facts.Context, items);
    }
}
