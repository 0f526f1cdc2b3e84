using Customs.Declarations.Api.Data.ReferenceData;
using Customs.Declarations.Api.Domain;
using Customs.Declarations.Api.Domain.PersonalUse;
using Customs.Declarations.Contracts;

namespace Customs.Declarations.Tests;

/// <summary>
/// Exports of goods for personal use by individuals. The memo (FCS letter 04-30/60671 of 12.12.2011): "No customs duties, flat
/// rates taxes and cumulative customs duties are imposed on goods for personal use exported by individuals from the customs
/// territory of the Customs Union"; "The following goods may not be classified as goods for personal use: ... 2) exported
/// goods subject to export customs duties"; "An individual is not allowed to export the following goods for personal use
/// from the territory of the Customs Union: 1) fish and sea food (excluding sturgeon caviar) exceeding 5 kg in weight;
/// 2) sturgeon caviar exceeding 250 g in weight". Such goods are declared as a commercial export, its duties due "not later
/// than on the day of submission of a customs declaration" (Art. 329(2)). The export tariff's lines are Payments' SAMPLE
/// (<see cref="PaymentsAnswers.ExportTariff"/>: 1001 wheat, 4403 wood in the rough, 7204 ferrous scrap). Postal exports: the
/// seeds hold no article; the memo's rule for individuals is applied to them, a reading of the memo.
/// </summary>
public sealed class PersonalUseExportTests
{
    private static PersonalUseAssessment Assess(DeclarationDraft draft) => Drafts.Rules().Assess(draft, Drafts.Today);

    private static DeclarationDraft PostalExport(params DeclaredGoodsItem[] items) =>
        Drafts.Draft(DeclarationKind.InternationalPostalItem, MovementDirection.Export, Drafts.Passenger, items) with
        {
            Recipient = new DeclarationParty(PartyKind.NaturalPerson, "Anna Schmidt", null, "Berlin, Unter den Linden 5", "DE"),
        };

    [Fact]
    public void A_passengers_export_of_goods_with_an_export_duty_line_is_not_goods_for_personal_use()
    {
        // 2 m3 of oak logs, 4403 91 000 0: the export tariff's line 4403 (wood in the rough) covers it on the day.
        var finding = Assert.Single(Assess(Drafts.Luggage(MovementDirection.Export, Drafts.Item("4403910000", 2, "m3", grossKg: 1_400))).Refusals);

        Assert.Equal((FindingKind.NotPersonalUse, 1, ".tariff_code"), (finding.Kind, finding.ItemNumber, finding.FieldSuffix));
        Assert.StartsWith("Memo: exported goods subject to export customs duties may not be classified as goods for personal use (item 1, code 4403910000: export duty line 4403", finding.Rule);
        Assert.Contains("Art. 329(2)", finding.Rule);
    }

    [Fact]
    public void The_refusal_is_a_field_violation_of_the_item_it_names()
    {
        // Item 1, clothes (6203, no export line), may go; item 2, 30 kg of ferrous scrap (7204: an export line), may not.
        var draft = Drafts.Luggage(MovementDirection.Export, Drafts.Item(), Drafts.Item("7204410000", 30, "kg", grossKg: 30));

        var violation = Assert.Single(DeclarationValidator.Validate(draft, Assess(draft)));

        Assert.Equal("items[1].tariff_code", violation.Field);
        Assert.Contains("(item 2, code 7204410000: export duty line 7204", violation.Description);
    }

    [Fact]
    public void Goods_without_an_export_duty_line_are_exported_as_personal_use() =>
        Assert.Empty(Assess(Drafts.Luggage(MovementDirection.Export, Drafts.Item("6203420000"), Drafts.Item("8471300000", number: 2))).Refusals);

    [Fact]
    public void Importing_goods_of_an_export_duty_line_is_not_refused() =>
        Assert.Empty(Assess(Drafts.Luggage(MovementDirection.Import, Drafts.Item("4403910000", 2, "m3", grossKg: 40))).Refusals);

    [Fact]
    public void The_export_tariffs_lines_in_force_on_the_day_decide()
    {
        // On a day Payments answers no line for 4403 (none in force), the same logs are goods for personal use.
        var draft = Drafts.Luggage(MovementDirection.Export, Drafts.Item("4403910000", 2, "m3", grossKg: 40));
        var rules = new PersonalUseRules(ReferenceDataLoader.LoadThresholds());

        var assessment = rules.Assess(draft, Drafts.Today, PaymentsAnswers.For(Drafts.Today, exportTariff: new ExportDutyLines([])));

        Assert.Empty(assessment.Refusals);
    }

    [Fact]
    public void Goods_the_passenger_declared_export_dutiable_are_refused_once()
    {
        var draft = Drafts.Luggage(MovementDirection.Export, Drafts.Item("4403910000", 2, "m3", grossKg: 40, declared: [GoodsCategory.ExportDutiable]));

        Assert.Single(Assess(draft).Refusals);
    }

    [Fact]
    public void Goods_declared_for_commercial_use_are_not_refused_as_personal_use() =>
        Assert.Empty(Assess(Drafts.Luggage(MovementDirection.Export, Drafts.Item(), Drafts.Item("4403910000", use: IntendedUse.Commercial, number: 2))).Refusals);

    [Fact]
    public void A_postal_export_of_an_individual_reads_the_export_lines_and_no_rates_and_is_refused_the_same_way()
    {
        // A reading of the memo (no Code article on exports by international mail): the parcel is an individual's personal-use export.
        var draft = PostalExport(Drafts.Item("1001990000", 10, "kg", grossKg: 10));

        var finding = Assert.Single(Assess(draft).Refusals);

        Assert.True(PersonalUseRules.NeedsReference(draft));
        Assert.True(PersonalUseRules.IsPersonalExport(draft));
        Assert.Empty(new PersonalUseRules(ReferenceDataLoader.LoadThresholds()).CurrenciesNeeded(draft, Drafts.Today));
        Assert.Contains("export duty line 1001", finding.Rule);
    }

    [Fact]
    public void A_postal_export_is_held_to_the_memos_5_kg_of_fish_and_250_g_of_caviar()
    {
        // "1) fish and sea food (excluding sturgeon caviar) exceeding 5 kg in weight; 2) sturgeon caviar exceeding 250 g in weight":
        // 5.5 kg of frozen fish (0303) is 0.5 kg over; 0.30 kg of caviar (1604 31) is 0.05 kg over. Exactly 5 kg and 250 g may go.
        var over = Assess(PostalExport(Drafts.Item("0303140000", 5.5m, "kg", grossKg: 5.8m, netKg: 5.5m), Drafts.Item("1604310000", 300, "g", grossKg: 0.4m, netKg: 0.3m)));
        var under = Assess(PostalExport(Drafts.Item("0303140000", 5, "kg", grossKg: 5.3m, netKg: 5), Drafts.Item("1604310000", 250, "g", grossKg: 0.35m, netKg: 0.25m)));

        Assert.Equal([(1, FindingKind.ExportLimitExceeded), (2, FindingKind.ExportLimitExceeded)], over.Refusals.Select(f => (f.ItemNumber, f.Kind)));
        Assert.Contains("fish and seafood (excluding sturgeon caviar) over 5 kg", over.Refusals.First().Rule);
        Assert.Contains("sturgeon caviar over 0.25 kg", over.Refusals.Last().Rule);
        Assert.Empty(under.Refusals);
    }

    [Fact]
    public void A_passenger_export_needs_the_export_lines_of_the_day()
    {
        var rules = new PersonalUseRules(ReferenceDataLoader.LoadThresholds());
        var withoutLines = PaymentsAnswers.For(Drafts.Today) with { ExportDuty = null };

        Assert.Throws<ArgumentException>(() => rules.Assess(Drafts.Luggage(MovementDirection.Export, Drafts.Item()), Drafts.Today, withoutLines));
    }

    [Fact]
    public void A_code_falls_under_the_line_of_its_longest_prefix()
    {
        var lines = new ExportDutyLines([new("44", "chapter"), new("4403", "heading"), new("440391", "subheading")]);

        Assert.Equal<(string?, string?, string?)>(("440391", "4403", null), (lines.Find("4403910000")?.CodePrefix, lines.Find("4403110000")?.CodePrefix, (string?)lines.Find("")?.CodePrefix));
        Assert.Equal("44", lines.Find("4401100000")?.CodePrefix);
        Assert.Null(lines.Find("4503100000"));
    }
}
