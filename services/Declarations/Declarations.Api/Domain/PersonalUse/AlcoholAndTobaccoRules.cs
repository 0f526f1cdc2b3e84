using System.Globalization;

namespace Customs.Declarations.Api.Domain.PersonalUse;

/// <summary>
/// The memo's limits on alcohol and tobacco imported by a passenger as goods for personal use: duty-free 2 (3 litres of
/// alcoholic beverages and beer) and 3 (200 cigarettes or 50 cigars or 250 g of tobacco), each "per individual aged over
/// 18"; duties 3 (ethyl alcohol, 22 EUR/l, up to 5 litres) and 4 (10 EUR/l on the part over 3 litres, 3 to 5 litres inclusive).
/// </summary>
public static class AlcoholAndTobaccoRules
{
    public static IEnumerable<ItemFinding> Apply(
        IReadOnlyList<(DeclaredGoodsItem Item, IReadOnlySet<GoodsCategory> Categories)> items, PassengerDetails? passenger,
        PersonalUseThresholds t, DateOnly on)
    {
        var alcohol = items.Where(x => x.Categories.Contains(GoodsCategory.Alcohol)).Select(x => x.Item).ToList();
        var tobacco = items.Where(x => x.Categories.Contains(GoodsCategory.Tobacco)).Select(x => x.Item).ToList();
        var findings = new List<ItemFinding>();
        findings.AddRange(Age([.. alcohol, .. tobacco.Except(alcohol)], passenger, t, on));
        findings.AddRange(Alcohol(alcohol, t));
        findings.AddRange(Tobacco(tobacco, t));
        return findings;
    }

    private static IEnumerable<ItemFinding> Age(IReadOnlyList<DeclaredGoodsItem> items, PassengerDetails? passenger, PersonalUseThresholds t, DateOnly on)
    {
        if (items.Count == 0)
        {
            return [];
        }

        return passenger?.AgeOn(on) switch
        {
            null => items.Select(i => new ItemFinding(i.Number, FindingKind.AgeNotDeclared,
                $"Memo, duty-free 2 and 3: the alcohol and tobacco allowances are per individual aged over {t.AdultAge}; the passenger's "
                + $"date of birth is not declared, so the goods were assessed as an adult's and the officer checks the age against the "
                + "identity document (memo, documents 1)")),
            { } age when age < t.AdultAge => items.Select(i => new ItemFinding(i.Number, FindingKind.UnderAge,
                $"Memo, duty-free 2 and 3: alcohol and tobacco are allowed per individual aged over {t.AdultAge}; the passenger is {age}")),
            _ => [],
        };
    }

    private static IEnumerable<ItemFinding> Alcohol(IReadOnlyList<DeclaredGoodsItem> items, PersonalUseThresholds t)
    {
        // Items not in litres get AlcoholNotInLitres from PersonalUseRules; the volumes here are the litres declared.
        var inLitres = items.Where(i => i.Unit == GoodsMeasures.Litre).ToList();
        var ethyl = inLitres.Where(i => i.TariffCode.StartsWith(t.EthylAlcoholPrefix, StringComparison.Ordinal)).ToList();
        var beverages = inLitres.Except(ethyl).ToList();
        var findings = new List<ItemFinding>();

        var ethylLitres = ethyl.Sum(i => i.Quantity);
        if (ethylLitres > t.AlcoholMaxLitres)
        {
            findings.AddRange(ethyl.Select(i => new ItemFinding(i.Number, FindingKind.AlcoholOverLimit,
                $"Memo, duties 3: ethyl alcohol is admitted as goods for personal use up to {t.AlcoholMaxLitres} litres; {ethylLitres} l declared")));
        }
        else if (ethylLitres > 0)
        {
            findings.AddRange(ethyl.Select(i => new ItemFinding(i.Number, FindingKind.AlcoholDutiable,
                $"Memo, duties 3: ethyl alcohol pays a flat rate of {t.EthylAlcoholRatePerLitre} {t.AlcoholRateCurrency} per litre: "
                + $"{i.Quantity} l, {Amount(i.Quantity * t.EthylAlcoholRatePerLitre)} {t.AlcoholRateCurrency}")));
        }

        var litres = beverages.Sum(i => i.Quantity);
        if (litres > t.AlcoholMaxLitres)
        {
            findings.AddRange(beverages.Select(i => new ItemFinding(i.Number, FindingKind.AlcoholOverLimit,
                $"Memo, duties 4: alcoholic beverages and beer are admitted as goods for personal use up to {t.AlcoholMaxLitres} litres "
                + $"(over {t.AlcoholLitres} litres with payment); {litres} l declared")));
        }
        else if (litres > t.AlcoholLitres)
        {
            var over = litres - t.AlcoholLitres;
            findings.AddRange(beverages.Select(i => new ItemFinding(i.Number, FindingKind.AlcoholDutiable,
                $"Memo, duties 4: {litres} l of alcoholic beverages and beer: {t.AlcoholExcessRatePerLitre} {t.AlcoholRateCurrency} per litre "
                + $"on the {over} l over {t.AlcoholLitres} l, {Amount(over * t.AlcoholExcessRatePerLitre)} {t.AlcoholRateCurrency}")));
        }

        return findings;
    }

    private static IEnumerable<ItemFinding> Tobacco(IReadOnlyList<DeclaredGoodsItem> items, PersonalUseThresholds t)
    {
        if (items.Count == 0)
        {
            return [];
        }

        // One kind counted in pieces: 200 cigarettes or 50 cigars (cigarillos).
        var kinds = items.Select(i => t.TobaccoAllowances.FirstOrDefault(a =>
            i.TariffCode.StartsWith(a.Prefix, StringComparison.Ordinal) && i.Unit == GoodsMeasures.Piece)).Distinct().ToList();
        if (kinds is [{ } kind])
        {
            var pieces = items.Sum(i => i.Quantity);
            return pieces > kind.Pieces ? Over(items, $"{pieces} {kind.What}, the allowance is {kind.Pieces}") : [];
        }

        // Tobacco by weight, or an assortment: 250 g in all, which needs every item's weight.
        var unweighed = items.Where(i => GoodsMeasures.WeightKg(i) == 0).ToList();
        if (unweighed.Count > 0)
        {
            return Over(unweighed, $"an assortment of tobacco products is limited to {t.TobaccoGrams} g in all; the item's weight is not given");
        }

        var grams = items.Sum(i => GoodsMeasures.WeightKg(i)) * 1000m;
        return grams > t.TobaccoGrams ? Over(items, $"{grams:0.###} g of tobacco (products), the allowance is {t.TobaccoGrams} g") : [];
    }

    private static IEnumerable<ItemFinding> Over(IEnumerable<DeclaredGoodsItem> items, string what) =>
        items.Select(i => new ItemFinding(i.Number, FindingKind.TobaccoOverAllowance,
            $"Memo, duty-free 3: 200 cigarettes or 50 cigars (cigarillos) or 250 g of tobacco per individual aged over 18, and the memo "
            + $"admits no more with payment: {what}"));

    private static string Amount(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
