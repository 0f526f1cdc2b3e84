using Customs.Payments.Api.Domain.Assessment;
using static Customs.Payments.Tests.Book;
using static Customs.Payments.Tests.CommercialAssessmentTests;

namespace Customs.Payments.Tests;

/// <summary>
/// Art. 319(2)[2]: "Customs duties and taxes shall not be levied on goods, provided ... the overall customs value of the
/// goods imported ... within a single week addressed to the same recipient does not exceed 5,000.00 roubles".
/// </summary>
public sealed class PostalAssessmentTests
{
    [Fact]
    public void A_week_that_crosses_5000_roubles_on_its_third_parcel_assesses_the_third()
    {
        // Parcels to one recipient on Monday, Wednesday and Friday of the week of 31.03.2025: 1,800, 1,700 and 1,900 RUB.
        // 1,800 and 3,500 are within 5,000; 5,400 is not: the third parcel (toys, 7.5%) is assessed:
        // duty 7.5% of 1,900 = 142.50; VAT 20% of (1,900 + 142.50) = 408.50.
        var week = new PostalWeek("recipient-1", new DateOnly(2025, 3, 31), 0);
        var results = new List<AssessmentResult>();
        foreach (var (day, value) in new[] { (31, 1_800m), (2, 1_700m), (4, 1_900m) })
        {
            var on = new DateOnly(2025, day == 31 ? 3 : 4, day);
            var (result, total) = Assessor().Assess(new($"parcel-{day}", DeclarationKind.Postal, on, "recipient-1",
                [Item(1, "9503000000", value, currency: "RUB")]), Rates.OnApril4, week);
            results.Add(result);
            week = week with { DeclaredRub = total!.Value };
        }

        Assert.Equal([0m, 0m, 551.00m], results.Select(r => r.Total));
        Assert.All(results.Take(2), r => Assert.Single(r.Items.Single().Figures, f => f.Kind == FigureKind.Exemption));
        var third = results[2].Items.Single().Figures;
        Assert.Equal(142.50m, Of(third, FigureKind.ImportDuty).AmountRub);
        Assert.Equal(408.50m, Of(third, FigureKind.Vat).AmountRub);
        Assert.Contains("5,400.00 RUB with this item", Of(third, FigureKind.ImportDuty).Trace.Rule);
        Assert.Equal(5_400m, week.DeclaredRub);
    }

    [Fact]
    public void A_week_runs_from_monday_to_sunday()
    {
        Assert.Equal(new DateOnly(2025, 3, 31), PostalWeek.MondayOf(new DateOnly(2025, 4, 6)));
        Assert.Equal(new DateOnly(2025, 4, 7), PostalWeek.MondayOf(new DateOnly(2025, 4, 7)));
    }

    [Fact]
    public void A_parcel_that_brings_the_week_to_exactly_5000_roubles_is_free()
    {
        var (result, total) = Assessor().Assess(new("parcel", DeclarationKind.Postal, Rates.April4, "r",
            [Item(1, "9503000000", 1_000m, currency: "RUB")]), Rates.OnApril4, new PostalWeek("r", new DateOnly(2025, 3, 31), 4_000m));

        Assert.Equal(0m, result.Total);
        Assert.Equal(5_000m, total);
    }
}
