using Customs.IpRegister.Api.Domain;
using Customs.IpRegister.Api.Domain.Applications;

namespace Customs.IpRegister.Tests.Domain;

public sealed class ApplicationValidatorTests
{
    private static readonly DateOnly Submitted = new(2026, 3, 2);

    public static RegisterApplication Complete() => new()
    {
        Applicant = new Party("Beijing Xiaomi Technology Co., Ltd.", "Haidian District, Beijing, China"),
        Capacity = ApplicantCapacity.RightHolder,
        RightHolder = new Party("Beijing Xiaomi Technology Co., Ltd.", "Haidian District, Beijing, China"),
        Object = new IpObject(IpObjectKind.Trademark, "XIAOMI", "RU 123456", [9], new DateOnly(2033, 6, 30)),
        Goods = new GoodsIdentification(["8517"], ["XIAOMI", "小米"], "phones with the MI logo"),
        RequestedUntil = new DateOnly(2030, 12, 31),
        SupportingDocuments = ["Certificate RU 123456"],
        DamageCompensationObligation = true,
        Security = new Security(SecurityKind.LiabilityInsurance, Money.Rub(500_000m), "Policy 77-1", new DateOnly(2031, 1, 31)),
        SubmittedOn = Submitted,
    };

    private static IReadOnlyList<string> FieldsOf(RegisterApplication application) =>
        [.. ApplicationValidator.Validate(application).Select(v => v.Field)];

    [Fact]
    public void A_complete_application_by_the_right_holder_has_no_violations() =>
        Assert.Empty(ApplicationValidator.Validate(Complete()));

    [Fact]
    public void A_patent_is_not_taken_into_the_register()
    {
        // Art. 393(1): measures on the statement of "the holder of exclusive rights ... to the products protected by copyright
        // or shared right thereto, the rights to the brand names, trademarks, as well as ... the goods place of origin".
        var patent = Complete() with { Object = new IpObject(IpObjectKind.Patent, "folding hinge", "CN 2019100001", [], new DateOnly(2039, 1, 1)) };

        Assert.Equal(["object.kind"], FieldsOf(patent));
    }

    [Fact]
    public void An_empty_application_lists_each_missing_part()
    {
        var empty = Complete() with
        {
            Applicant = new Party("", ""),
            Capacity = ApplicantCapacity.Unspecified,
            RightHolder = new Party("", ""),
            Object = new IpObject(IpObjectKind.Unspecified, "", "", [], null),
            Goods = new GoodsIdentification([], [], null),
            RequestedUntil = null,
            SupportingDocuments = [],
            DamageCompensationObligation = false,
            Security = null,
        };

        Assert.Equal(
            [
                "applicant.name", "applicant.address", "capacity", "right_holder.name", "right_holder.address",
                "object.kind", "object.registration_number", "object.protection_ends_on",
                "goods.tariff_codes", "goods.brand_spellings", "requested_until", "supporting_documents",
                "damage_compensation_obligation", "security",
            ],
            FieldsOf(empty));
    }

    [Theory]
    [InlineData(ApplicantCapacity.Representative)]
    [InlineData(ApplicantCapacity.Licensee)]
    [InlineData(ApplicantCapacity.Importer)]
    public void Anyone_but_the_right_holder_needs_a_power_of_attorney(ApplicantCapacity capacity) =>
        Assert.Equal(["power_of_attorney"], FieldsOf(Complete() with { Capacity = capacity, Applicant = new Party("Smart Orange LLC", "Moscow") }));

    [Fact]
    public void An_importer_with_the_holders_power_of_attorney_may_apply_and_is_recorded_as_importer() =>
        Assert.Empty(ApplicationValidator.Validate(Complete() with { Capacity = ApplicantCapacity.Importer, PowerOfAttorneyReference = "POA 2017/3" }));

    [Fact]
    public void A_trademark_needs_classes_between_1_and_45()
    {
        Assert.Equal(["object.classes"], FieldsOf(Complete() with { Object = Complete().Object with { Classes = [] } }));
        Assert.Equal(["object.classes"], FieldsOf(Complete() with { Object = Complete().Object with { Classes = [46] } }));
    }

    [Fact]
    public void An_object_whose_protection_has_ended_cannot_be_entered() =>
        Assert.Equal(["object.protection_ends_on"], FieldsOf(Complete() with { Object = Complete().Object with { ProtectionEndsOn = Submitted } }));

    [Fact]
    public void Security_of_499_999_99_roubles_is_below_the_500_000_minimum()
    {
        var security = Complete().Security! with { Amount = Money.Rub(499_999.99m) };
        Assert.Equal(["security.amount"], FieldsOf(Complete() with { Security = security }));
    }

    [Fact]
    public void Security_of_499_999_995_roubles_is_refused_not_rounded_up_to_the_500_000_minimum()
    {
        // Art. 395(2): at least 500,000 roubles. Half a kopeck short is short: the amount is refused as input (three
        // decimals), not rounded half away from zero to 500,000.00.
        var security = Complete().Security! with { Amount = Money.Rub(499_999.995m) };

        var violation = Assert.Single(ApplicationValidator.Validate(Complete() with { Security = security }));
        Assert.Equal("security.amount", violation.Field);
        Assert.Contains("499999.995 RUB", violation.Description);
        Assert.False(security.Amount.IsAtLeast(Money.Rub(500_000m)));
    }

    [Fact]
    public void A_share_of_an_amount_is_rounded_to_the_kopeck_explicitly() =>
        Assert.Equal(Money.Cny(50_000.01m), Money.Cny(100_000.01m).Times(0.5m)); // 50,000.005 -> 50,000.01

    [Fact]
    public void Security_in_another_currency_does_not_meet_the_rouble_minimum()
    {
        var security = Complete().Security! with { Amount = new Money(1_000_000m, "CNY") };
        Assert.Equal(["security.amount"], FieldsOf(Complete() with { Security = security }));
    }

    [Fact]
    public void A_lapsed_security_is_a_violation()
    {
        var security = Complete().Security! with { ValidUntil = Submitted };
        Assert.Equal(["security.valid_until"], FieldsOf(Complete() with { Security = security }));
    }

    [Fact]
    public void Tariff_codes_must_have_4_to_10_digits() =>
        Assert.Equal(["goods.tariff_codes"], FieldsOf(Complete() with { Goods = Complete().Goods with { TariffCodes = ["85"] } }));

    [Fact]
    public void The_requested_term_must_end_after_submission() =>
        Assert.Equal(["requested_until"], FieldsOf(Complete() with { RequestedUntil = Submitted }));
}
