using Customs.Payments.Api.Domain.Assessment;
using Customs.Payments.Api.Domain.Payments;
using Customs.ServiceDefaults;
using static Customs.Payments.Tests.Book;

namespace Customs.Payments.Tests;

/// <summary>
/// Exports. Art. 318(1)[2]: export customs duty is a customs payment; Art. 322: its base is "the goods customs value and/or
/// their quantity"; Art. 325(1): the rates "effective on the day of acceptance"; Art. 329(2): "export duties and taxes
/// should be disbursed not later than on the day of submission of a customs declaration". Worked by hand at the Bank's
/// rate of 04.04.2025, 93.1608 RUB/EUR; the export lines are the shipped SAMPLE (export-tariff.json), not official rates.
/// </summary>
public sealed class ExportAssessmentTests
{
    private static AssessmentResult Assess(params ItemToAssess[] items) =>
        Assessor().Assess(new("d-x", DeclarationKind.Export, Rates.April4, "", items), Rates.OnApril4, null).Result;

    [Fact]
    public void An_export_pays_the_export_duty_of_its_line_and_the_fee_and_no_vat()
    {
        // 200 m3 of wood in the rough (4403: 25% but not less than 15 EUR per m3), customs value 1,000.00 EUR = 93,160.80 RUB.
        // 25% = 23,290.20; 15 x 200 = 3,000 EUR x 93.1608 = 279,482.40: the specific part applies.
        // 2,000.00 EUR of scrap (7204: 5%) = 186,321.60 RUB; 5% = 9,316.08.
        // Customs value of the declaration 279,482.40 RUB: the fee band up to 450,000, 1,550. Total 279,482.40 + 9,316.08 + 1,550.
        var result = Assess(Item(1, "4403110000", 1_000m, quantity: 200), Item(2, "7204410000", 2_000m));

        var wood = result.Items[0].Figures;
        var scrap = result.Items[1].Figures;
        Assert.Equal([FigureKind.CustomsValue, FigureKind.ExportDuty], wood.Select(f => f.Kind));
        Assert.Equal(279_482.40m, wood[1].AmountRub);
        Assert.Contains("the specific part, applies", wood[1].Trace.Rule);
        Assert.StartsWith("export duty (Art. 318(1)[2]); tariff line 4403", wood[1].Trace.Rule);
        Assert.Contains("sample figure", wood[1].Trace.LegalReference);
        Assert.Equal((186_321.60m, 9_316.08m), (scrap[0].AmountRub, scrap[1].AmountRub));
        Assert.Equal(1_550m, Assert.Single(result.DeclarationFigures).AmountRub);
        Assert.Equal(279_482.40m + 9_316.08m + 1_550m, result.Total);
    }

    [Fact]
    public void Goods_without_an_export_line_are_refused_and_an_import_line_is_not_used()
    {
        // 6403 (footwear) has an import line but no export line.
        var error = Assert.Throws<RuleViolationException>(() => Assess(Item(1, "6403990000", 1_000m, quantity: 100)));

        Assert.Equal("TARIFF_CODE_NOT_IN_TARIFF", error.Reason);
        Assert.Contains("export duty tariff", error.Message);
    }

    [Fact]
    public void An_export_is_due_on_the_day_of_its_declaration() =>
        Assert.Equal(new DateOnly(2025, 4, 4), PaymentTerm.ForExport(Rates.April4));
}
