using Customs.IpRegister.Api.Caching;
using Customs.IpRegister.Api.Domain.Screening;
using Customs.IpRegister.Contracts;

namespace Customs.IpRegister.Api.Screening;

/// <summary>The hot path: every item against the register, by normalised brand and tariff code, through the cache.</summary>
public sealed class Screener(RegisterCache cache)
{
    public async Task<IReadOnlyList<ItemVerdict>> ScreenAsync(DeclarationFacts facts, CancellationToken ct)
    {
        var verdicts = new List<ItemVerdict>(facts.Items.Count);
        foreach (var item in facts.Items)
        {
            var brand = BrandNormaliser.Normalise(item.Brand);
            if (brand.Length == 0)
            {
                verdicts.Add(new(item.ItemNumber, ScreeningOutcome.Clear, null));
                continue;
            }

            var candidates = await cache.FindAsync(brand, item.TariffCode, ct);
            verdicts.Add(ScreeningPolicy.Decide(facts.Context, item, candidates));
        }

        return verdicts;
    }
}
