using Customs.Payments.Api.Domain.Assessment;
using Customs.ServiceDefaults;
using static Customs.Payments.Tests.Book;

namespace Customs.Payments.Tests;

/// <summary>
/// Arts. 322, 325, 326: duty on the customs value and/or quantity at the rates in force on the day of acceptance, the
/// foreign currency converted at the central bank's rate of that day; VAT on customs value + duty + excise (318(1)[3]).
/// Worked by hand at the Bank's rate of 04.04.2025, 93.1608 RUB/EUR (tariff lines: the shipped sample).
/// </summary>
public sealed class CommercialAssessmentTests
{
    private static AssessmentResult Assess(params ItemToAssess[] items) =>
        Assessor().Assess(new("d-1", DeclarationKind.Commercial, Rates.April4, "", items), Rates.OnApril4, null).Result;

    [Fact]
    public void A_combined_rate_takes_the_specific_part_when_it_is_higher()
    {
        // 100 pairs of leather shoes (6403: 10% but not less than 2.5 EUR per pair), customs value 1,000.00 EUR.
        // Customs value: 1,000.00 x 93.1608 = 93,160.80 RUB. 10% = 9,316.08; 2.5 x 100 = 250 EUR x 93.1608 = 23,290.20.
        // The higher, 23,290.20, is the duty. VAT 20% of (93,160.80 + 23,290.20 + 0) = 116,451.00 -> 23,290.20.
        // Customs fee: 93,160.80 is within the band up to 200,000 -> 775. Total 23,290.20 + 23,290.20 + 775 = 47,355.40.
        var result = Assess(Item(1, "6403990000", 1_000.00m, quantity: 100));

        var figures = result.Items.Single().Figures;
        Assert.Equal(93_160.80m, Of(figures, FigureKind.CustomsValue).AmountRub);
        var duty = Of(figures, FigureKind.ImportDuty);
        Assert.Equal(23_290.20m, duty.AmountRub);
        Assert.Contains("the specific part, applies", duty.Trace.Rule);
        Assert.Contains("9,316.08 RUB", duty.Trace.Rule);
        Assert.Equal(23_290.20m, Of(figures, FigureKind.Vat).AmountRub);
        Assert.Equal(775m, Of(result.DeclarationFigures, FigureKind.CustomsFee).AmountRub);
        Assert.Equal(47_355.40m, result.Total);
    }

    [Fact]
    public void A_combined_rate_takes_the_ad_valorem_part_when_it_is_higher()
    {
        // 10 pairs worth 1,000.00 EUR: 10% = 9,316.08 RUB; 2.5 x 10 = 25 EUR = 2,329.02 RUB. The ad valorem part applies.
        var duty = Of(Assess(Item(1, "6403990000", 1_000.00m, quantity: 10)).Items.Single().Figures, FigureKind.ImportDuty);

        Assert.Equal(9_316.08m, duty.AmountRub);
        Assert.Contains("the ad valorem part, applies", duty.Trace.Rule);
    }

    [Fact]
    public void Goods_on_the_Governments_list_pay_the_reduced_VAT_rate_of_Art_164_2_and_others_the_standard_rate()
    {
        // Tax Code Art. 164(2): "taxation shall be made at the tax rate of 10 per cent" for the food goods of the list
        // (sample line 0401, milk), imports too (164(5)). 1,000.00 EUR of milk = 93,160.80 RUB; duty (sample 5%) 4,658.04;
        // VAT 10% of 97,818.84 = 9,781.88 (20% would be 19,563.77). Toys (9503, on no line here) pay 20% on the same day.
        var result = Assess(Item(1, "0401100000", 1_000.00m, quantity: 1_000), Item(2, "9503000000", 100.00m, quantity: 10));

        var milk = Of(result.Items[0].Figures, FigureKind.Vat);
        Assert.Equal(4_658.04m, Of(result.Items[0].Figures, FigureKind.ImportDuty).AmountRub);
        Assert.Equal(9_781.88m, milk.AmountRub);
        Assert.Equal("10%", milk.Trace.Rate);
        Assert.Contains("the reduced rate of Tax Code Art. 164(2), line 0401", milk.Trace.Rule);
        Assert.Contains("Art. 164(2)[1]", milk.Trace.LegalReference);
        Assert.Equal("20%", Of(result.Items[1].Figures, FigureKind.Vat).Trace.Rate);
    }

    [Fact]
    public void Without_a_tariff_code_the_standard_VAT_rate_the_higher_applies()
    {
        // Art. 327(2): "the highest rates": no code, no line of the reduced list can be found; 20% on 04.04.2025.
        var vat = Of(Assess(Item(1, "", 1_000.00m, quantity: 1)).Items.Single().Figures, FigureKind.Vat);

        Assert.Equal("20%", vat.Trace.Rate);
        Assert.DoesNotContain("164(2)", vat.Trace.Rule);
    }

    [Fact]
    public void Excise_is_in_the_base_of_VAT()
    {
        // 100 l of wine (2204: 0.3 EUR per litre; excise sample 36 RUB per litre), customs value 500.00 EUR.
        // Customs value 500 x 93.1608 = 46,580.40. Duty 0.3 x 100 = 30 EUR = 2,794.824 -> 2,794.82. Excise 36 x 100 = 3,600.00.
        // VAT 20% of (46,580.40 + 2,794.82 + 3,600.00 = 52,975.22) = 10,595.044 -> 10,595.04.
        var figures = Assess(Item(1, "2204210000", 500.00m, quantity: 100)).Items.Single().Figures;

        Assert.Equal(2_794.82m, Of(figures, FigureKind.ImportDuty).AmountRub);
        Assert.Equal(3_600.00m, Of(figures, FigureKind.Excise).AmountRub);
        var vat = Of(figures, FigureKind.Vat);
        Assert.Equal(10_595.04m, vat.AmountRub);
        Assert.Contains("52,975.22 RUB", vat.Trace.Base);
    }

    [Fact]
    public void Without_a_tariff_code_the_highest_duty_of_the_lines_in_force_applies()
    {
        // Art. 327(2): "the highest rates of customs duties ... which may be determined based on the available information".
        // 10 units, 10 kg, 100.00 EUR (9,316.08 RUB): 6203 (10% / 4 EUR per kg) gives 4 x 10 x 93.1608 = 3,726.432 -> 3,726.43,
        // more than 6403 (2.5 EUR x 10 = 2,329.02), 4202 (15% = 1,397.41), 9503 (7.5% = 698.71), 2204 (0.3 EUR x 10 = 279.48).
        var duty = Of(Assess(Item(1, "", 100.00m, quantity: 10, kg: 10)).Items.Single().Figures, FigureKind.ImportDuty);

        Assert.Equal(3_726.43m, duty.AmountRub);
        Assert.Contains("Art. 327(2)", duty.Trace.Rule);
        Assert.Contains("line 6203", duty.Trace.Rule);
    }

    [Fact]
    public void A_code_no_tariff_line_covers_is_refused()
    {
        var error = Assert.Throws<RuleViolationException>(() => Assess(Item(1, "0101210000", 100m, quantity: 1)));

        Assert.Equal("TARIFF_CODE_NOT_IN_TARIFF", error.Reason);
    }

    [Fact]
    public void A_currency_without_a_rate_in_force_is_refused_not_guessed()
    {
        var error = Assert.Throws<RuleViolationException>(() => Assess(Item(1, "9503000000", 100m, currency: "CNY")));

        Assert.Equal("EXCHANGE_RATE_NOT_SET", error.Reason);
    }

    [Fact]
    public void A_value_in_a_currency_quoted_per_100_units_is_converted_per_unit()
    {
        // 1,000,000 KZT at 16.7743 RUB per 100 KZT = 167,743.00 RUB; toys 7.5% -> 12,580.725 -> 12,580.73 (half away from zero).
        var figures = Assess(Item(1, "9503000000", 1_000_000m, currency: "KZT")).Items.Single().Figures;

        Assert.Equal(167_743.00m, Of(figures, FigureKind.CustomsValue).AmountRub);
        Assert.Equal(12_580.73m, Of(figures, FigureKind.ImportDuty).AmountRub);
        Assert.All(figures, f => Assert.False(string.IsNullOrEmpty(f.Trace.Rounding)));
    }

    [Fact]
    public void An_acceptance_date_without_every_parameter_loaded_is_an_explicit_error()
    {
        // VAT is loaded for 2026 (22%), the customs fee bands only to 2025-12-31.
        var later = new DateOnly(2026, 1, 12);
        var rates = new Customs.Payments.Api.Domain.Rates.RateTable(later, [new("EUR", later, 1, 90m)]);

        var error = Assert.Throws<RuleViolationException>(() =>
            Assessor().Assess(new("d-1", DeclarationKind.Commercial, later, "", [Item(1, "9503000000", 100m)]), rates, null));

        Assert.Equal("REFERENCE_DATA_NOT_IN_FORCE", error.Reason);
    }

    internal static Figure Of(IEnumerable<Figure> figures, FigureKind kind) => figures.Single(f => f.Kind == kind);
}
