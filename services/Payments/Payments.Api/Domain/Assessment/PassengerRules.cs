using Customs.BuildingBlocks.Amounts;
using Customs.Payments.Api.Domain.Rates;
using Customs.Payments.Api.Domain.Reference;
using Customs.ServiceDefaults;

namespace Customs.Payments.Api.Domain.Assessment;

/// <summary>
/// The memo's flat rates for a passenger's goods for personal use (FCS letter 04-30/60671 of 12.12.2011, "Following
/// customs duties are applicable"):
/// 1) "flat rate 30% of the customs value of goods, but not less than 4 EUR per 1 kg of weight, applicable to the part
///    exceeding the standard value of equivalent of 10,000 EUR and/or exceeding the standard weight of 50 kg";
/// 3) "flat rate 22 EUR per 1 liter – for import of ethyl alcohol in the volume of up to 5 liters";
/// 4) "flat rate 10 EUR per 1 liter applicable to the part exceeding the standard volume of 3 liters – for import of
///    alcoholic beverages and beer in the volume from 3 to 5 liters inclusively".
/// Alcohol is counted by its own allowance, not in the 10,000 EUR and 50 kg.
/// </summary>
public sealed class PassengerRules(ReferenceBook book)
{
    public IReadOnlyList<Figure> DeclarationFigures(IReadOnlyList<(ItemToAssess Item, decimal ValueRub)> items, DateOnly on, IExchangeRates rates)
    {
        var memo = ReferenceBook.Require(book.PersonalUse, on);
        var p = memo.Value;
        var reference = memo.Reference.ToString();
        var eur = rates.Of("EUR");
        var figures = new List<Figure>();

        var ethyl = items.Where(i => i.Item.TariffCode.StartsWith(p.EthylAlcoholCode, StringComparison.Ordinal)).ToList();
        var alcohol = items.Where(i => !ethyl.Contains(i) && p.AlcoholCodes.Any(c => i.Item.TariffCode.StartsWith(c, StringComparison.Ordinal))).ToList();
        var goods = items.Where(i => !ethyl.Contains(i) && !alcohol.Contains(i)).ToList();

        var ethylLitres = ethyl.Sum(i => Litres(i.Item));
        var litres = alcohol.Sum(i => Litres(i.Item));
        if (ethylLitres > p.AlcoholMaxLitres || litres > p.AlcoholMaxLitres)
        {
            throw new RuleViolationException(PaymentErrors.NotForPersonalUse,
                $"More than {Written.Plain(p.AlcoholMaxLitres)} litres of alcohol are not goods for personal use at the memo's rates.", "memo, duties 3-4");
        }

        if (ethylLitres > 0)
        {
            figures.Add(Flat(ethylLitres * p.EthylAlcoholEurPerLitre, eur,
                $"{Written.Plain(ethylLitres)} l of ethyl alcohol ({p.EthylAlcoholCode})", $"{Written.Plain(p.EthylAlcoholEurPerLitre)} EUR per litre",
                "memo, duties 3: ethyl alcohol up to 5 litres", reference));
        }

        if (litres > p.AlcoholFreeLitres)
        {
            figures.Add(Flat((litres - p.AlcoholFreeLitres) * p.AlcoholEurPerLitre, eur,
                $"{Written.Plain(litres)} l of alcoholic beverages, {Written.Plain(litres - p.AlcoholFreeLitres)} l over {Written.Plain(p.AlcoholFreeLitres)} l",
                $"{Written.Plain(p.AlcoholEurPerLitre)} EUR per litre", "memo, duties 4: the part over 3 litres, up to 5 litres", reference));
        }

        figures.Add(OverAllowance(goods, p, eur, reference));
        return figures;
    }

    /// <summary>
    /// "The part exceeding 10,000 EUR and/or exceeding 50 kg": the exceeding part is the larger share of the goods by value
    /// (value over 10,000 EUR / value) or by weight (weight over 50 kg / weight); that part is charged 30% of its value,
    /// but not less than 4 EUR per kg of its weight. One part, so goods over both allowances are not charged twice.
    /// </summary>
    private static Figure OverAllowance(List<(ItemToAssess Item, decimal ValueRub)> goods, PersonalUseParameters p, ExchangeRate eur, string reference)
    {
        var valueEur = goods.Sum(g => g.ValueRub) / eur.PerUnit;
        var weight = goods.Sum(g => g.Item.NetWeightKg);
        var byValue = valueEur > p.ValueAllowanceEur ? (valueEur - p.ValueAllowanceEur) / valueEur : 0m;
        var byWeight = weight > p.WeightAllowanceKg ? (weight - p.WeightAllowanceKg) / weight : 0m;
        var totals = $"goods worth {Written.Of(valueEur, "EUR")} weighing {Written.Plain(weight)} kg";
        if (byValue == 0 && byWeight == 0)
        {
            return new(FigureKind.Exemption, 0, 0, new(totals, "none",
                $"memo, duty-free 1: within {Written.Plain(p.ValueAllowanceEur)} EUR and {Written.Plain(p.WeightAllowanceKg)} kg", reference, Trace.NotRounded));
        }

        var share = Math.Max(byValue, byWeight);
        var (partValue, partWeight) = (valueEur * share, weight * share);
        var percentPart = partValue * p.FlatRatePercent / 100m;
        var perKgPart = partWeight * p.FlatRateMinEurPerKg;
        var over = (byValue > 0, byWeight > 0) switch
        {
            (true, true) => "over both allowances; the larger part, by " + (byValue >= byWeight ? "value" : "weight"),
            (true, false) => "over the value allowance",
            _ => "over the weight allowance",
        };
        return Flat(Math.Max(percentPart, perKgPart), eur,
            $"{totals}; {over}: {Written.Of(partValue, "EUR")}, {Written.Plain(partWeight)} kg",
            $"{Written.Plain(p.FlatRatePercent)}% ({Written.Of(percentPart, "EUR")}) but not less than {Written.Plain(p.FlatRateMinEurPerKg)} EUR per kg ({Written.Of(perKgPart, "EUR")})",
            "memo, duties 1: the part exceeding 10,000 EUR and/or 50 kg; the higher of the two applies", reference);
    }

    private static Figure Flat(decimal amountEur, ExchangeRate eur, string basis, string rate, string rule, string reference) =>
        new(FigureKind.FlatRate, MinorUnits.Round(amountEur * eur.PerUnit), MinorUnits.Round(amountEur),
            new(basis, $"{rate}; at {Written.Plain(eur.PerUnit)} RUB/EUR set on {eur.SetOn:yyyy-MM-dd} (Art. 326)", rule, reference,
                "euros and roubles each rounded half away from zero to cents and kopecks from the unrounded amount"));

    private static decimal Litres(ItemToAssess item) => item.AlcoholLitres > 0 ? item.AlcoholLitres : item.Quantity;
}
