using Customs.Declarations.Api.Domain;
using Customs.Declarations.Api.Domain.PersonalUse;
using Customs.Declarations.Contracts;

namespace Customs.Declarations.Tests;

/// <summary>
/// The memo's lines (FCS letter 04-30/60671 of 12.12.2011) worked by hand: the tariff-code map, the alcohol and tobacco
/// limits, the age of 18, and the journey exception for medical equipment.
/// </summary>
public sealed class MemoRulesTests
{
    private static readonly DateOnly Today = Drafts.Today;

    private static PersonalUseAssessment Assess(PassengerDetails? passenger, params DeclaredGoodsItem[] items) =>
        Drafts.Rules().Assess(Drafts.Luggage(MovementDirection.Import, items) with { Passenger = passenger }, Today);

    private static PassengerDetails Aged(int years) => new(0, null, false, false, Today.AddYears(-years));

    private static DeclaredGoodsItem Litres(string tariffCode, decimal litres, int number = 1) =>
        Drafts.Item(tariffCode, quantity: litres, unit: GoodsMeasures.Litre, number: number);

    [Fact]
    public void A_digital_camera_of_8525_80_needs_no_radio_frequency_permit()
    {
        // Memo, permits: "radio-electronics and/or radio-frequency devices for civil purpose"; a camera transmits nothing.
        var assessment = Assess(Aged(30), Drafts.Item("8525893000"));

        Assert.Empty(assessment.RequiredPermits);
        Assert.DoesNotContain(assessment.MandatoryDeclarationRules, r => r.Number == 11);
    }

    [Fact]
    public void A_consumer_blood_pressure_meter_of_9018_is_goods_for_personal_use() =>
        // Memo, not personal use 6 is "medical equipment"; a sphygmomanometer (9018 90 100 0) is a consumer's own device.
        Assert.Empty(Assess(Aged(30), Drafts.Item("9018901000")).Refusals);

    [Fact]
    public void Medical_equipment_needed_during_the_journey_is_excepted()
    {
        // Memo, not personal use 6: "medical equipment (excluding equipment needed during the way ...)".
        var equipment = Drafts.Item("9018110000") with { NeededDuringJourney = true };

        Assert.Empty(Assess(Aged(30), equipment).Refusals);
        Assert.Single(Assess(Aged(30), equipment with { NeededDuringJourney = false }).Refusals);
    }

    [Theory]
    [InlineData("7103910000", true)]  // case 5 names rubies, sapphires, emeralds (7103 91)
    [InlineData("7103990000", false)] // other worked stones: the memo names only alexandrites, which the passenger declares
    [InlineData("7103100000", false)] // unworked stones of any kind
    public void Only_the_stones_the_memo_names_are_precious_stones_by_tariff_code(string tariffCode, bool caseFive) =>
        Assert.Equal(caseFive, Assess(Aged(30), Drafts.Item(tariffCode)).MandatoryDeclarationRules.Any(r => r.Number == 5));

    [Fact]
    public void A_painting_of_9701_is_not_a_cultural_valuable_by_its_tariff_code_alone()
    {
        // Memo, duty-free 9: cultural valuables "providing they are considered as such in accordance with the legislation".
        Assert.DoesNotContain(Assess(Aged(30), Drafts.Item("9701100000")).MandatoryDeclarationRules, r => r.Number == 4);
        Assert.Contains(Assess(Aged(30), Drafts.Item("9701100000", declared: [GoodsCategory.CulturalValuables])).MandatoryDeclarationRules, r => r.Number == 4);
    }

    [Fact]
    public void Ethyl_alcohol_of_2207_is_alcohol_and_pays_22_euro_a_litre()
    {
        // Memo, duties 3: "flat rate 22 EUR per 1 liter - for import of ethyl alcohol in the volume of up to 5 liters".
        var finding = Assert.Single(Assess(Aged(30), Litres("2207100000", 2)).Findings);

        Assert.Equal(FindingKind.AlcoholDutiable, finding.Kind);
        Assert.Contains("44.00 EUR", finding.Rule); // 2 l x 22 EUR
    }

    [Fact]
    public void Three_litres_of_wine_are_duty_free_and_four_pay_10_euro_on_the_litre_over_three()
    {
        // Memo, duty-free 2: up to 3 litres; duties 4: 10 EUR per litre over 3 litres, from 3 to 5 litres inclusive.
        Assert.Empty(Assess(Aged(30), Litres("2204219000", 3)).Findings);

        var findings = Assess(Aged(30), Litres("2204219000", 3), Litres("2208300000", 1, number: 2)).Findings;
        Assert.All(findings, f => Assert.Equal(FindingKind.AlcoholDutiable, f.Kind));
        Assert.Equal(2, findings.Count);
        Assert.Contains("10.00 EUR", findings[0].Rule); // 1 l over 3 x 10 EUR
        Assert.Empty(Assess(Aged(30), Litres("2204219000", 5)).Refusals); // 5 litres inclusive
    }

    [Fact]
    public void More_than_five_litres_of_alcohol_are_not_goods_for_personal_use()
    {
        var refusal = Assert.Single(Assess(Aged(30), Litres("2204219000", 5.5m)).Refusals);

        Assert.Equal(FindingKind.AlcoholOverLimit, refusal.Kind);
        Assert.Equal(".quantity", refusal.FieldSuffix);
    }

    [Theory]
    [InlineData("2402209000", 200, false)] // 200 cigarettes
    [InlineData("2402209000", 201, true)]
    [InlineData("2402100000", 50, false)]  // 50 cigars (cigarillos)
    [InlineData("2402100000", 51, true)]
    public void Tobacco_allowance_is_200_cigarettes_or_50_cigars(string tariffCode, int pieces, bool over)
    {
        // Memo, duty-free 3: 200 cigarettes or 50 cigars (cigarillos) or 250 g of tobacco.
        var refusals = Assess(Aged(30), Drafts.Item(tariffCode, quantity: pieces, grossKg: null)).Refusals.ToList();

        Assert.Equal(over, refusals.Any(f => f.Kind == FindingKind.TobaccoOverAllowance));
    }

    [Fact]
    public void An_assortment_of_tobacco_products_is_limited_to_250_grams_in_all()
    {
        // 100 cigarettes (0.1 kg) and 200 g of pipe tobacco: 300 g of an assortment, over the 250 g.
        var cigarettes = Drafts.Item("2402209000", quantity: 100, grossKg: 0.12m, netKg: 0.1m);
        var pipe = Drafts.Item("2403191000", quantity: 0.2m, unit: GoodsMeasures.Kilogram, grossKg: 0.2m, number: 2);

        Assert.Equal(2, Assess(Aged(30), cigarettes, pipe).Refusals.Count(f => f.Kind == FindingKind.TobaccoOverAllowance));
        Assert.Empty(Assess(Aged(30), cigarettes, pipe with { Quantity = 0.15m, GrossWeightKg = 0.15m }).Refusals);
    }

    [Fact]
    public void Alcohol_and_tobacco_of_a_passenger_under_18_are_refused()
    {
        // Memo, duty-free 2 and 3: "per individual aged over 18". 17 years old on the day of assessment.
        var refusals = Assess(Aged(18) with { DateOfBirth = Today.AddYears(-18).AddDays(1) }, Litres("2204219000", 1)).Refusals.ToList();

        Assert.Equal(FindingKind.UnderAge, Assert.Single(refusals).Kind);
        Assert.Empty(Assess(Aged(18), Litres("2204219000", 1)).Findings); // 18 today
    }

    [Fact]
    public void Without_a_date_of_birth_the_goods_are_assessed_as_an_adults_and_the_finding_says_the_officer_checks()
    {
        var finding = Assert.Single(Assess(null, Litres("2204219000", 1)).Findings);

        Assert.Equal(FindingKind.AgeNotDeclared, finding.Kind);
        Assert.False(finding.IsRefusal);
        Assert.Contains("identity document", finding.Rule);
    }
}
