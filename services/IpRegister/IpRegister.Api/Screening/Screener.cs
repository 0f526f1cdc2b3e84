using Customs.IpRegister.Api.Caching;
using Customs.IpRegister.Api.Domain.Screening;

namespace Customs.IpRegister.Api.Screening;

/// <summary>The hot path: every item against the register, by normalised brand and tariff code, through the cache.</summary>
public sealed class Screener(RegisterCache cache)
{
    public async Task<IReadOnlyList<ItemVerdict>> ScreenAsync(DeclarationFacts facts, CancellationToken ct)
    {
        var brands = facts.Items.Select(i => BrandNormaliser.Normalise(i.Brand)).ToList();
        var found = await cache.FindManyAsync(facts.Items.Select((item, i) => (brands[i], item.TariffCode)), ct);
        var items = new List<(ScreenedItem, IEnumerable<RegisterMatchCandidate>)>(facts.Items.Count);
        for (var i = 0; i < facts.Items.Count; i++)
        {
            var item = facts.Items[i];
            items.Add((item, brands[i].Length == 0 ? [] : found[(brands[i], TariffCode.Normalise(item.TariffCode))]));
        }

        // Art. 400: the quantity is judged over the declaration, so all items are decided together.
        return ScreeningPolicy.DecideAll(facts.Context, items);
    }
}
