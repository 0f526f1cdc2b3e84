using Customs.Examination.Api.Domain.Risk;
using static Customs.Examination.Tests.Samples;

namespace Customs.Examination.Tests;

public sealed class ProfileEvaluationTests
{
    [Fact]
    public void A_profile_hits_when_every_criterion_holds_on_one_item_and_says_which()
    {
        var profile = Profile(new RiskCriteria { TariffCodePrefixes = ["8517"], OriginCountries = ["CN"], Brands = [" xiaomi "] });

        var matched = ProfileEvaluator.Evaluate(profile, Declaration(Trousers(1), Phones(2)));

        Assert.Equal(["item 2: tariff code 8517130000 under 8517, origin CN, brand Xiaomi"], matched);
    }

    [Fact]
    public void Item_criteria_must_hold_together_on_the_same_item()
    {
        // Trousers are Italian, phones are not under 6203: no single item has both.
        var profile = Profile(new RiskCriteria { TariffCodePrefixes = ["6203"], OriginCountries = ["CN"] });

        Assert.Null(ProfileEvaluator.Evaluate(profile, Declaration(Trousers(1), Phones(2))));
    }

    [Fact]
    public void A_unit_value_outside_the_band_hits_only_in_the_bands_currency()
    {
        var profile = Profile(new RiskCriteria { TariffCodePrefixes = ["8517"], UnitValueOutside = new(100, 2_000), UnitValueCurrency = "USD" });

        // 15,000 USD / 100 pcs = 150 USD: inside; 5,000 / 100 = 50: outside (undervalued); in EUR: not compared.
        Assert.Null(ProfileEvaluator.Evaluate(profile, Declaration(Phones(value: 15_000))));
        Assert.Equal(["item 1: tariff code 8517130000 under 8517, unit value 50 USD outside the band"], ProfileEvaluator.Evaluate(profile, Declaration(Phones(value: 5_000))));
        Assert.Null(ProfileEvaluator.Evaluate(profile, Declaration(Phones(value: 5_000, currency: "EUR"))));
    }

    [Fact]
    public void Declaration_criteria_the_declarants_history_and_lists_of_companies()
    {
        var listed = Profile(new RiskCriteria { TaxpayerNumbers = ["7707083893"], DeclarationKinds = [DeclarationKind.CommercialImport] });
        var repeat = Profile(new RiskCriteria { MinPriorDiscrepancies = 2 });
        var d = Declaration();

        Assert.Equal(["kind CommercialImport in list", "taxpayer 7707083893 in list"], ProfileEvaluator.Evaluate(listed, d));
        Assert.Null(ProfileEvaluator.Evaluate(repeat, d with { PriorDiscrepancies = 1 }));
        Assert.NotNull(ProfileEvaluator.Evaluate(repeat, d with { PriorDiscrepancies = 2 }));
    }

    [Fact]
    public void A_profile_applies_only_in_force_at_its_offices_and_in_its_direction()
    {
        var criteria = new RiskCriteria { OriginCountries = ["CN"] };
        var d = Declaration();

        Assert.Null(ProfileEvaluator.Evaluate(Profile(criteria) with { EffectiveFrom = Accepted.AddDays(1) }, d));
        Assert.Null(ProfileEvaluator.Evaluate(Profile(criteria) with { EffectiveUntil = Accepted.AddDays(-1) }, d));
        Assert.Null(ProfileEvaluator.Evaluate(Profile(criteria) with { OfficeCodePrefixes = ["105"] }, d));
        Assert.Null(ProfileEvaluator.Evaluate(Profile(criteria) with { Direction = Direction.Export }, d));
        Assert.NotNull(ProfileEvaluator.Evaluate(Profile(criteria) with { OfficeCodePrefixes = ["10005"], EffectiveUntil = Accepted }, d));
    }

    [Fact]
    public void A_bad_profile_is_refused_with_a_violation_per_problem()
    {
        var bad = Profile(new RiskCriteria
        {
            TariffCodePrefixes = ["85A7"], OriginCountries = ["China"], UnitValueOutside = new(200, 100), TaxpayerNumbers = ["123"],
        }, Lane.Green) with { Name = " ", Forms = [ControlForm.Examination], EffectiveUntil = new DateOnly(2025, 1, 1), SelectionPercent = 0 };

        var fields = RiskProfileValidator.Validate(bad).Select(v => v.Field).ToList();

        Assert.Equal([
            "profile.name", "profile.criteria.taxpayer_numbers[0]", "profile.criteria.tariff_code_prefixes[0]", "profile.criteria.origin_countries[0]",
            "profile.criteria.unit_value_outside.max", "profile.criteria.unit_value_currency", "profile.lane", "profile.effective_until",
            "profile.selection_percent",
        ], fields);
    }

    [Fact]
    public void A_profile_without_criteria_or_with_forms_of_another_lane_is_refused()
    {
        var empty = Profile(new RiskCriteria());
        var redWithoutPhysical = Profile(new RiskCriteria { OriginCountries = ["CN"] }) with { Forms = [ControlForm.DocumentVerification] };

        Assert.Equal(["profile.criteria"], RiskProfileValidator.Validate(empty).Select(v => v.Field));
        Assert.Equal(["profile.forms"], RiskProfileValidator.Validate(redWithoutPhysical).Select(v => v.Field));
        Assert.Empty(RiskProfileValidator.Validate(Profile(new RiskCriteria { OriginCountries = ["CN"] })));
    }
}
