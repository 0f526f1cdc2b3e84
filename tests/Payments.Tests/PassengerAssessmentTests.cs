using Customs.Payments.Api.Domain.Assessment;
using Customs.ServiceDefaults;
using static Customs.Payments.Tests.Book;
using static Customs.Payments.Tests.CommercialAssessmentTests;

namespace Customs.Payments.Tests;

/// <summary>
/// The memo (FCS letter 04-30/60671 of 12.12.2011): "flat rate 30% of the customs value of goods, but not less than 4 EUR
/// per 1 kg of weight, applicable to the part exceeding the standard value of equivalent of 10,000 EUR and/or exceeding
/// the standard weight of 50 kg"; "22 EUR per 1 liter – for import of ethyl alcohol in the volume of up to 5 liters";
/// "10 EUR per 1 liter applicable to the part exceeding the standard volume of 3 liters". At 93.1608 RUB/EUR (04.04.2025).
/// </summary>
public sealed class PassengerAssessmentTests
{
    private static AssessmentResult Assess(params ItemToAssess[] items) =>
        Assessor().Assess(new("p-1", DeclarationKind.Passenger, Rates.April4, "", items), Rates.OnApril4, null).Result;

    [Fact]
    public void A_passenger_over_both_the_value_and_the_weight_allowance_pays_once_on_the_larger_part()
    {
        // 12,000 EUR and 80 kg: over by value 2,000 / 12,000 = 1/6 of the goods; over by weight 30 / 80 = 3/8. The larger
        // part, 3/8, is 4,500 EUR and 30 kg: 30% = 1,350 EUR, not less than 4 EUR x 30 kg = 120 EUR -> 1,350.00 EUR.
        // In roubles 1,350 x 93.1608 = 125,767.08.
        var result = Assess(Item(1, "8471300000", 8_000m, kg: 30), Item(2, "9403600000", 4_000m, kg: 50));

        var flat = Of(result.DeclarationFigures, FigureKind.FlatRate);
        Assert.Equal(1_350.00m, flat.AmountEur);
        Assert.Equal(125_767.08m, flat.AmountRub);
        Assert.Contains("over both allowances; the larger part, by weight", flat.Trace.Base);
        Assert.Equal(125_767.08m, result.Total);
    }

    [Fact]
    public void Samples_kept_by_customs_reduce_the_customs_value_the_payments_are_counted_on()
    {
        // Art. 383(4): "A declarant has the right to reduce the customs value of the declared goods by the customs value of the
        // taken samples and specimens in case said samples and specimens were seized by the customs office and not returned".
        // 15,000 EUR = 1,397,412.00 RUB less a sample of 465,804.00 RUB (5,000 EUR) = 931,608.00 RUB = 10,000 EUR: within the allowance.
        var result = Assess(Item(1, "7113190000", 15_000m, kg: 20) with { ValueReductionRub = 465_804.00m });

        var value = Of(result.Items[0].Figures, FigureKind.CustomsValue);
        Assert.Equal(931_608.00m, value.AmountRub);
        Assert.Contains("less 465,804.00 RUB of samples kept by customs", value.Trace.Base);
        Assert.Contains("Art. 383(4)", value.Trace.LegalReference);
        Assert.Equal(0m, result.Total);
    }

    [Fact]
    public void Over_the_value_allowance_alone_the_part_over_10000_EUR_pays_30_percent()
    {
        // 15,000 EUR, 20 kg: the part over is 5,000 EUR (1/3), 6.667 kg: 30% = 1,500 EUR > 4 x 6.667 = 26.67 EUR.
        // 1,500 x 93.1608 = 139,741.20 RUB.
        var flat = Of(Assess(Item(1, "7113190000", 15_000m, kg: 20)).DeclarationFigures, FigureKind.FlatRate);

        Assert.Equal(1_500.00m, flat.AmountEur);
        Assert.Equal(139_741.20m, flat.AmountRub);
    }

    [Fact]
    public void Heavy_cheap_goods_over_the_weight_allowance_pay_at_least_4_EUR_per_kg()
    {
        // 1,000 EUR, 100 kg: the part over is 50 kg (1/2) worth 500 EUR: 30% = 150 EUR < 4 x 50 = 200 EUR -> 200.00 EUR
        // = 18,632.16 RUB.
        var flat = Of(Assess(Item(1, "6810110000", 1_000m, kg: 100)).DeclarationFigures, FigureKind.FlatRate);

        Assert.Equal(200.00m, flat.AmountEur);
        Assert.Equal(18_632.16m, flat.AmountRub);
    }

    [Fact]
    public void Goods_within_both_allowances_are_exempt()
    {
        var result = Assess(Item(1, "8471300000", 10_000m, kg: 50));

        Assert.Equal(FigureKind.Exemption, Assert.Single(result.DeclarationFigures).Kind);
        Assert.Equal(0m, result.Total);
    }

    [Fact]
    public void Alcohol_over_3_litres_pays_10_EUR_a_litre_and_ethyl_alcohol_22_EUR_a_litre()
    {
        // 4.5 l of wine: 1.5 l over 3 l x 10 EUR = 15 EUR = 1,397.412 -> 1,397.41 RUB. 2 l of ethyl alcohol x 22 EUR = 44 EUR
        // = 4,099.0752 -> 4,099.08 RUB. Alcohol is not counted in the 10,000 EUR / 50 kg.
        var result = Assess(Item(1, "2204210000", 200m, litres: 4.5m, kg: 6), Item(2, "2207100000", 30m, litres: 2, kg: 2));

        var flats = result.DeclarationFigures.Where(f => f.Kind == FigureKind.FlatRate).Select(f => (f.AmountEur, f.AmountRub)).Order().ToList();
        Assert.Equal([(15.00m, 1_397.41m), (44.00m, 4_099.08m)], flats);
        Assert.Equal(FigureKind.Exemption, result.DeclarationFigures.Last().Kind);
    }

    [Fact]
    public void More_than_5_litres_of_alcohol_are_not_assessed_as_personal_use()
    {
        var error = Assert.Throws<RuleViolationException>(() => Assess(Item(1, "2208300000", 300m, litres: 6)));

        Assert.Equal("NOT_FOR_PERSONAL_USE", error.Reason);
    }
}
