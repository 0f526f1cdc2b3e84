using System.Globalization;

namespace Customs.Examination.Api.Domain.Risk;

/// <summary>Whether a profile hits a declaration, and which criteria held (the "why" a decision records).</summary>
public static class ProfileEvaluator
{
    /// <returns>The criteria that held, or null when the profile does not hit (not in force, elsewhere, a criterion failed).</returns>
    public static IReadOnlyList<string>? Evaluate(RiskProfile profile, DeclarationFacts d)
    {
        if (!profile.InForceOn(d.AcceptanceDate) || !profile.AppliesAt(d.OfficeCode, d.Direction))
        {
            return null;
        }

        var c = profile.Criteria;
        var matched = new List<string>();
        if (c.DeclarationKinds.Count > 0)
        {
            if (!c.DeclarationKinds.Contains(d.Kind))
            {
                return null;
            }

            matched.Add($"kind {d.Kind} in list");
        }

        if (c.TaxpayerNumbers.Count > 0)
        {
            var listed = d.TaxpayerNumbers.FirstOrDefault(c.TaxpayerNumbers.Contains);
            if (listed is null)
            {
                return null;
            }

            matched.Add($"taxpayer {listed} in list");
        }

        if (c.MinPriorDiscrepancies > 0)
        {
            if (d.PriorDiscrepancies < c.MinPriorDiscrepancies)
            {
                return null;
            }

            matched.Add($"{d.PriorDiscrepancies} earlier examinations with discrepancies (at least {c.MinPriorDiscrepancies})");
        }

        if (c.HasItemCriteria)
        {
            var item = d.Items.Select(i => (Item: i, Why: ItemMatch(c, i, d))).FirstOrDefault(x => x.Why is not null);
            if (item.Why is null)
            {
                return null;
            }

            matched.Add($"item {item.Item.Number}: {string.Join(", ", item.Why)}");
        }

        return matched;
    }

    private static List<string>? ItemMatch(RiskCriteria c, ItemFacts i, DeclarationFacts d)
    {
        var why = new List<string>();
        if (c.TariffCodePrefixes.Count > 0)
        {
            var prefix = c.TariffCodePrefixes.FirstOrDefault(p => i.TariffCode.StartsWith(p, StringComparison.Ordinal));
            if (prefix is null)
            {
                return null;
            }

            why.Add($"tariff code {i.TariffCode} under {prefix}");
        }

        if (c.OriginCountries.Count > 0)
        {
            if (!c.OriginCountries.Contains(i.OriginCountry))
            {
                return null;
            }

            why.Add($"origin {i.OriginCountry}");
        }

        if (c.DispatchCountries.Count > 0)
        {
            if (d.DispatchCountry is null || !c.DispatchCountries.Contains(d.DispatchCountry))
            {
                return null;
            }

            why.Add($"dispatched from {d.DispatchCountry}");
        }

        if (c.Brands.Count > 0)
        {
            var brand = i.Brand?.Trim();
            if (brand is null || !c.Brands.Any(b => string.Equals(b.Trim(), brand, StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            why.Add($"brand {brand}");
        }

        if (c.UnitValueOutside is { } band)
        {
            // Compared only in the band's currency: converting needs a rate of a day, which selection does not ask for.
            if (i.InvoiceCurrency != c.UnitValueCurrency || i.UnitValue is not { } unit || band.Contains(unit))
            {
                return null;
            }

            why.Add($"unit value {Math.Round(unit, 2).ToString(CultureInfo.InvariantCulture)} {i.InvoiceCurrency} outside the band");
        }

        if (c.GrossWeightKg is { } weight)
        {
            if (i.GrossWeightKg is not { } kg || !weight.Contains(kg))
            {
                return null;
            }

            why.Add($"gross weight {kg.ToString(CultureInfo.InvariantCulture)} kg in the band");
        }

        return why;
    }
}
