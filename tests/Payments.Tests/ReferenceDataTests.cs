using Customs.BuildingBlocks.ReferenceData;
using Customs.Payments.Api.Domain.Reference;
using Customs.ServiceDefaults;

namespace Customs.Payments.Tests;

public sealed class ReferenceDataTests
{
    private static readonly LegalReference Act = new("Act", "Art. 1", new DateOnly(2020, 1, 1));

    [Fact]
    public void The_shipped_reference_data_loads_and_every_value_names_its_act_article_and_publication()
    {
        var book = Book.Shipped;

        var references = book.VatPercent.Values.Select(v => v.Reference)
            .Concat(book.RefinancingRatePercent.Values.Select(v => v.Reference))
            .Concat(book.Tariff.Lines.Values.SelectMany(s => s.Values).Select(v => v.Reference));
        Assert.All(references, r => Assert.True(r.Act.Length > 0 && r.Article.Length > 0 && r.Published.Year > 1990, r.ToString()));
    }

    [Fact]
    public void Overlapping_periods_of_one_parameter_are_refused_on_load()
    {
        var error = Assert.Throws<ReferenceDataException>(() => new EffectiveSchedule<decimal>("VAT rate",
        [
            new(new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31), 20m, Act),
            new(new DateOnly(2019, 6, 1), null, 22m, Act),
        ]));

        Assert.Contains("overlaps", error.Message);
    }

    [Fact]
    public void An_open_ended_period_before_another_is_an_overlap()
    {
        Assert.Throws<ReferenceDataException>(() => new EffectiveSchedule<decimal>("rate",
            [new(new DateOnly(2019, 1, 1), null, 20m, Act), new(new DateOnly(2020, 1, 1), null, 22m, Act)]));
    }

    [Fact]
    public void A_date_no_value_covers_is_an_explicit_error_never_a_neighbouring_value()
    {
        // Loaded: 2010-06-01 to 2015-12-31 and from 2023-12-18; 2020 is in neither span.
        Assert.Null(Book.Shipped.RefinancingRatePercent.At(new DateOnly(2020, 3, 1)));

        var error = Assert.Throws<RuleViolationException>(() => ReferenceBook.Require(Book.Shipped.RefinancingRatePercent, new DateOnly(2020, 3, 1)));
        Assert.Equal("REFERENCE_DATA_NOT_IN_FORCE", error.Reason);
    }

    [Fact]
    public void The_value_in_force_is_the_one_whose_period_covers_the_day()
    {
        // Directive 2618-U: 8.25% from 03.05.2011; 8% until 02.05.2011 (Directive 2583-U).
        Assert.Equal(8.00m, Book.Shipped.RefinancingRatePercent.At(new DateOnly(2011, 5, 2))!.Value);
        Assert.Equal(8.25m, Book.Shipped.RefinancingRatePercent.At(new DateOnly(2011, 5, 3))!.Value);
        Assert.Equal(20m, Book.Shipped.VatPercent.At(new DateOnly(2025, 4, 4))!.Value);
        Assert.Equal(18m, Book.Shipped.VatPercent.At(new DateOnly(2018, 12, 31))!.Value);
    }

    [Fact]
    public void A_span_across_a_change_is_cut_into_one_part_per_value()
    {
        var parts = Book.Shipped.RefinancingRatePercent.Across(new DateOnly(2011, 4, 21), new DateOnly(2011, 5, 10))!;

        Assert.Equal([(new DateOnly(2011, 4, 21), new DateOnly(2011, 5, 2), 8.00m), (new DateOnly(2011, 5, 3), new DateOnly(2011, 5, 10), 8.25m)],
            parts.Select(p => (p.From, p.Until!.Value, p.Value)));
    }
}
