using Customs.IpRegister.Api.Caching;
using Customs.IpRegister.Api.Domain.Screening;

namespace Customs.IpRegister.Api.Screening;

/// <summary>The hot path: every item against the register, by normalised brand and tariff code, through the cache.</summary>
public sealed class Screener(RegisterCache cache)
{
    public async Task<IReadOnlyList<ItemVerdict>> ScreenAsync(DeclarationFacts facts, CancellationToken ct)
    {
        var items = new List<(ScreenedItem, IEnumerable<RegisterMatchCandidate>)>(facts.Items.Count);
        foreach (var item in facts.Items)
        {
            var brand = BrandNormaliser.Normalise(item.Brand);
            items.Add((item, brand.Length == 0 ? [] : await cache.FindAsync(brand, item.TariffCode, ct)));
        }

        // Art. 400: the quantity is judged over the declaration, so all items are decided together.
        return ScreeningPolicy.DecideAll(facts.Context, items);
    }
}
