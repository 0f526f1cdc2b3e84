using Customs.Declarations.Api.Data.ReferenceData;
using Customs.Declarations.Api.Domain;
using Customs.Declarations.Api.Domain.PersonalUse;
using Customs.Declarations.Contracts;

namespace Customs.Declarations.Tests;

public sealed class PersonalUseRulesTests
{
    private static PersonalUseAssessment Assess(DeclarationDraft draft) => Drafts.Rules().Assess(draft, Drafts.Today);

    [Theory]
    [InlineData("7102310000", "natural diamonds")]
    [InlineData("8403109000", "central heating boilers")]
    [InlineData("8433200000", "mowing")]
    [InlineData("9018110000", "medical equipment")] // electro-cardiographs
    [InlineData("8516108000", "central heating boilers")] // electric boilers
    public void Goods_the_memo_excludes_are_never_goods_for_personal_use(string tariffCode, string reason)
    {
        var finding = Assert.Single(Assess(Drafts.Luggage(MovementDirection.Import, Drafts.Item(tariffCode))).Refusals);

        Assert.Equal(FindingKind.NotPersonalUse, finding.Kind);
        Assert.Contains(reason, finding.Rule);
    }

    [Fact]
    public void A_sun_booth_declared_as_such_is_never_personal_use() =>
        Assert.Single(Assess(Drafts.Luggage(MovementDirection.Import, Drafts.Item("8543709000", declared: [GoodsCategory.SunBooth]))).Refusals);

    [Fact]
    public void A_lawn_mower_is_not_a_mowing_machine_of_the_memo() =>
        Assert.Empty(Assess(Drafts.Luggage(MovementDirection.Import, Drafts.Item("8433110000", grossKg: 30))).Refusals);

    [Fact]
    public void Prescribed_medical_equipment_may_be_personal_use()
    {
        var prescription = new GoodsDocumentRef(DocumentKind.MedicalPrescription, "RX-2026-118", null);

        Assert.Empty(Assess(Drafts.Luggage(MovementDirection.Import, Drafts.Item("9018110000", documents: [prescription]))).Refusals);
    }

    [Fact]
    public void Excluded_goods_declared_for_commercial_use_are_not_refused_as_personal_use() =>
        Assert.Empty(Assess(Drafts.Luggage(MovementDirection.Import, Drafts.Item("7102310000", use: IntendedUse.Commercial))).Refusals);

    [Fact]
    public void An_individual_may_not_export_more_than_5_kg_of_fish_together()
    {
        var over = Assess(Drafts.Luggage(MovementDirection.Export,
            Drafts.Item("0303140000", 3, "kg", grossKg: 3.2m), Drafts.Item("0305410000", 2.5m, "kg", grossKg: 2.6m, netKg: 2.5m)));
        var under = Assess(Drafts.Luggage(MovementDirection.Export, Drafts.Item("0303140000", 5, "kg", grossKg: 5.3m, netKg: 5)));

        Assert.Equal([FindingKind.ExportLimitExceeded, FindingKind.ExportLimitExceeded], over.Refusals.Select(f => f.Kind));
        Assert.Empty(under.Refusals);
    }

    [Fact]
    public void An_individual_may_not_export_more_than_250_g_of_sturgeon_caviar_and_it_does_not_count_as_fish()
    {
        var over = Assess(Drafts.Luggage(MovementDirection.Export, Drafts.Item("1604310000", 300, "g", grossKg: 0.4m)));
        var under = Assess(Drafts.Luggage(MovementDirection.Export,
            Drafts.Item("1604310000", 250, "g", grossKg: 0.35m, netKg: 0.25m), Drafts.Item("0303140000", 5, "kg", grossKg: 5, netKg: 5)));

        Assert.Contains("sturgeon caviar", Assert.Single(over.Refusals).Rule);
        Assert.Empty(under.Refusals);
    }

    [Fact]
    public void Importing_fish_over_5_kg_is_not_an_export_limit_breach() =>
        Assert.Empty(Assess(Drafts.Luggage(MovementDirection.Import, Drafts.Item("0303140000", 8, "kg", grossKg: 8))).Refusals);

    [Fact]
    public void One_unit_over_35_kg_is_flagged_as_inseparable_goods_but_not_refused()
    {
        var assessment = Assess(Drafts.Luggage(MovementDirection.Import, Drafts.Item("9403600000", 1, "pcs", grossKg: 36)));

        Assert.Equal(FindingKind.InseparableGoods, Assert.Single(assessment.Findings).Kind);
        Assert.Empty(assessment.Refusals);
    }

    [Fact]
    public void Two_units_of_20_kg_are_not_inseparable_goods() =>
        Assert.Empty(Assess(Drafts.Luggage(MovementDirection.Import, Drafts.Item("9403600000", 2, "pcs", grossKg: 40))).Findings);

    [Theory]
    [InlineData("9303201000", GoodsCategory.Unspecified, DocumentKind.WeaponsPermit)]
    [InlineData("4203300000", GoodsCategory.Cites, DocumentKind.CitesPermit)]
    [InlineData("8525600000", GoodsCategory.Unspecified, DocumentKind.RadioFrequencyPermit)]
    [InlineData("8471300000", GoodsCategory.Encryption, DocumentKind.EncryptionNotification)]
    public void Goods_needing_a_permit_lack_it_until_its_reference_is_presented(string tariffCode, GoodsCategory declared, DocumentKind document)
    {
        GoodsCategory[] categories = declared == GoodsCategory.Unspecified ? [] : [declared];
        var without = Assess(Drafts.Luggage(MovementDirection.Import, Drafts.Item(tariffCode, declared: categories)));
        var with = Assess(Drafts.Luggage(MovementDirection.Import,
            Drafts.Item(tariffCode, declared: categories, documents: [new GoodsDocumentRef(document, "N-0042", null)])));

        Assert.Equal(document, Assert.Single(without.MissingPermits).Document);
        Assert.Empty(with.MissingPermits);
        Assert.Single(with.RequiredPermits);
    }

    [Fact]
    public void Cultural_valuables_need_an_export_permit_only_when_exported() =>
        Assert.Equal((1, 0), (
            Assess(Drafts.Luggage(MovementDirection.Export, Drafts.Item("9706000000"))).MissingPermits.Count(),
            Assess(Drafts.Luggage(MovementDirection.Import, Drafts.Item("9706000000"))).MissingPermits.Count()));

    [Fact]
    public void The_allowances_Payments_holds_for_the_acceptance_date_apply()
    {
        // Payments' reference data answers a lowered value allowance from 1 April 2026 (test figures): 900 EUR is over it.
        var rules = new PersonalUseRules(ReferenceDataLoader.LoadThresholds());
        var lowered = PaymentsAnswers.Memo with { EffectiveFrom = new DateOnly(2026, 4, 1), ValueLimitEur = 500 };
        var draft = Drafts.Luggage(MovementDirection.Import, Drafts.Item(value: 900));

        var before = rules.Assess(draft, new DateOnly(2026, 3, 31), PaymentsAnswers.For(new DateOnly(2026, 3, 31)));
        var after = rules.Assess(draft, new DateOnly(2026, 4, 1), PaymentsAnswers.For(new DateOnly(2026, 4, 1), lowered));

        Assert.Equal((false, true), (before.WrittenDeclarationMandatory, after.WrittenDeclarationMandatory));
        Assert.Equal(new DateOnly(2026, 4, 1), after.ThresholdsEffectiveFrom);
    }

    [Fact]
    public void A_commercial_declaration_needs_nothing_from_Payments()
    {
        var rules = new PersonalUseRules(ReferenceDataLoader.LoadThresholds());
        var draft = Drafts.Draft(DeclarationKind.CommercialImport, MovementDirection.Import, Drafts.Company, Drafts.Item("8525600000", value: 50_000));

        var assessment = rules.Assess(draft, Drafts.Today, null);

        Assert.False(PersonalUseRules.NeedsReference(draft));
        Assert.Equal((0, 0), (assessment.MandatoryDeclarationRules.Count, assessment.Conversions.Count));
        Assert.Single(assessment.RequiredPermits);
    }

    [Fact]
    public void Only_well_formed_currency_codes_are_asked_of_Payments_and_the_limits_currencies_always()
    {
        var draft = Drafts.Luggage(MovementDirection.Import, Drafts.Item(currency: "CNY"), Drafts.Item(currency: "us", number: 2),
            Drafts.Item(currency: "RUB", number: 3));

        Assert.Equal(["CNY", "EUR", "USD"], new PersonalUseRules(ReferenceDataLoader.LoadThresholds()).CurrenciesNeeded(draft, Drafts.Today).Order());
    }

    [Fact]
    public void A_passengers_declaration_is_never_assessed_with_allowances_and_rates_of_another_day() =>
        Assert.Throws<ArgumentException>(() => new PersonalUseRules(ReferenceDataLoader.LoadThresholds())
            .Assess(Drafts.Luggage(MovementDirection.Import, Drafts.Item()), Drafts.Today, PaymentsAnswers.For(Drafts.Today.AddDays(1))));

    [Fact]
    public void A_postal_item_to_a_natural_person_for_personal_use_is_marked_for_personal_use_and_to_a_company_is_not()
    {
        var toPerson = Drafts.Draft(DeclarationKind.InternationalPostalItem, MovementDirection.Import, Drafts.Company, Drafts.Item())
            with { Recipient = Drafts.Passenger };
        var toCompany = toPerson with { Recipient = Drafts.Company };

        Assert.Equal((true, false), (toPerson.ForPersonalUse, toCompany.ForPersonalUse));
    }
}
