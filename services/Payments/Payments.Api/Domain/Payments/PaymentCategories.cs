using Customs.Payments.Api.Domain.Assessment;

namespace Customs.Payments.Api.Domain.Payments;

/// <summary>The categories of customs payments: their order of payment, which may be deferred, and how the assessment gives them.</summary>
public static class PaymentCategories
{
    /// <summary>
    /// The order payments meet the categories in (within each group: the part not deferred, then the deferred parts): fees
    /// first, then duties, excise, VAT. The seeds set no order (see the README).
    /// </summary>
    public static int Rank(PaymentCategory? category) => category switch
    {
        PaymentCategory.CustomsFee => 0,
        PaymentCategory.ImportDuty => 1,
        PaymentCategory.ExportDuty => 2,
        PaymentCategory.FlatRate => 3,
        PaymentCategory.Excise => 4,
        PaymentCategory.Vat => 5,
        _ => 6,
    };

    /// <summary>Art. 333(4) speaks of "customs duties and taxes": fees (and an undivided amount) are no category one may name.</summary>
    public static bool Deferrable(PaymentCategory category) =>
        category is PaymentCategory.ImportDuty or PaymentCategory.ExportDuty or PaymentCategory.FlatRate or PaymentCategory.Excise or PaymentCategory.Vat;

    public static PaymentCategory? Of(FigureKind kind) => kind switch
    {
        FigureKind.CustomsFee => PaymentCategory.CustomsFee,
        FigureKind.ImportDuty => PaymentCategory.ImportDuty,
        FigureKind.ExportDuty => PaymentCategory.ExportDuty,
        FigureKind.FlatRate => PaymentCategory.FlatRate,
        FigureKind.Excise => PaymentCategory.Excise,
        FigureKind.Vat => PaymentCategory.Vat,
        _ => null,
    };

    /// <summary>The assessment's payments per category, in the order payments meet them (categories of 0 kept: they show on the wire).</summary>
    public static IReadOnlyList<CategoryAmount> From(AssessmentResult result) =>
    [
        .. result.Items.SelectMany(i => i.Figures).Concat(result.DeclarationFigures)
            .Where(f => f.IsPayment && Of(f.Kind) is not null)
            .GroupBy(f => Of(f.Kind)!.Value)
            .Select(g => new CategoryAmount(g.Key, g.Sum(f => f.AmountRub)))
            .OrderBy(c => Rank(c.Category)),
    ];

    /// <summary>A reassessment's difference in each category of either assessment: positive to pay, negative to refund.</summary>
    public static IReadOnlyList<CategoryDifference> Differences(AssessmentResult before, AssessmentResult after)
    {
        var was = From(before).ToDictionary(c => c.Category, c => c.AssessedRub);
        var now = From(after).ToDictionary(c => c.Category, c => c.AssessedRub);
        return [.. was.Keys.Union(now.Keys).OrderBy(c => Rank(c))
            .Select(c => new CategoryDifference(c, now.GetValueOrDefault(c) - was.GetValueOrDefault(c)))];
    }

    /// <summary>How a trace names the category.</summary>
    public static string Written(PaymentCategory? category) => category switch
    {
        PaymentCategory.CustomsFee => "customs fees",
        PaymentCategory.ImportDuty => "import customs duty",
        PaymentCategory.ExportDuty => "export customs duty",
        PaymentCategory.FlatRate => "flat rate of duties and taxes",
        PaymentCategory.Excise => "excise",
        PaymentCategory.Vat => "VAT",
        _ => "duties and taxes",
    };
}
