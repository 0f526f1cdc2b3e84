using Customs.Payments.Api.Domain;
using Customs.Payments.Api.Domain.Securities;
using Customs.ServiceDefaults;

namespace Customs.Payments.Tests;

/// <summary>
/// Security of customs payments (Arts. 337-339, 345, 357), worked by hand: not required when what is due "is below
/// 20,000.00 roubles" (337(2)); the amount "may not exceed the above sums" (338(1)); "the difference between the sum ... that
/// may be levied ... additionally ... and the sum of paid customs duties" (338(3)); the minima of 339(2); the cash deposit
/// refunded "within three years from the day following after the date of fulfilment" (357(1)), without interest (345(2)),
/// not while the payer has arrears (357(5)); a general guarantee serves several offices (337(3)).
/// </summary>
public sealed class SecurityRulesTests
{
    private static readonly Guid Id = Guid.Parse("01900000-0000-7000-8000-000000000001");

    private static readonly DateOnly Day = new(2010, 3, 1);

    private static Security Accepted(decimal amount, SecurityPurpose purpose, decimal openArea = 0m, decimal roomVolume = 0m) =>
        new Security(Id, "S-1", SecurityMethod.BankGuarantee, "7707083893", "7702070139", false, "10005000", Day, amount, 0m, 0m, true, "")
        {
            Purpose = purpose, OpenAreaSquareMetres = openArea, RoomVolumeCubicMetres = roomVolume,
        };

    [Fact]
    public void Security_is_not_required_below_20000_roubles_and_is_from_20000_exactly()
    {
        // 337(2): the threshold in force on the day is reference data (security-threshold.json), with its article.
        var threshold = Book.Shipped.SecurityRequiredFromRub.At(Day)!;

        Assert.Equal((20_000m, "Art. 337(2)"), (threshold.Value, threshold.Reference.Article));
        Assert.False(SecurityRules.IsRequired(19_999.99m, threshold.Value));
        Assert.True(SecurityRules.IsRequired(20_000.00m, threshold.Value));
    }

    [Fact]
    public void A_security_for_operations_below_20000_roubles_is_not_accepted_as_none_is_required()
    {
        SecurityRules.EnsureAmountAllowed(Accepted(20_000m, SecurityPurpose.Operations), Book.Shipped);
        var error = Assert.Throws<RuleViolationException>(() => SecurityRules.EnsureAmountAllowed(Accepted(19_999.99m, SecurityPurpose.Operations), Book.Shipped));

        Assert.Equal((PaymentErrors.SecurityNotRequired, "Art. 337(2)"), (error.Reason, error.LegalBasis));
    }

    [Theory]
    // 339(2): a broker "not less than 50 million roubles", a carrier "20 million roubles".
    [InlineData(SecurityPurpose.CustomsBroker, 50_000_000, 0, 0)]
    [InlineData(SecurityPurpose.CustomsCarrier, 20_000_000, 0, 0)]
    // An open-type warehouse of 1,200 m² of open area and 4,000 m³ of rooms: 2,500,000 + 1,000 × 1,200 + 300 × 4,000 = 4,900,000.
    [InlineData(SecurityPurpose.TemporaryStorageWarehouse, 4_900_000, 1_200, 4_000)]
    // A bonded warehouse with neither: 2,500,000.
    [InlineData(SecurityPurpose.BondedWarehouse, 2_500_000, 0, 0)]
    public void An_activitys_security_is_accepted_at_its_339_minimum_and_refused_a_kopeck_below(SecurityPurpose purpose, int least, int openArea, int roomVolume)
    {
        var minima = Book.Shipped.ActivitySecurityMinima.At(Day)!;

        SecurityRules.EnsureAmountAllowed(Accepted(least, purpose, openArea, roomVolume), Book.Shipped);
        var error = Assert.Throws<RuleViolationException>(() => SecurityRules.EnsureAmountAllowed(Accepted(least - 0.01m, purpose, openArea, roomVolume), Book.Shipped));

        Assert.Equal(least, SecurityRules.Minimum(purpose, minima.Value, openArea, roomVolume));
        Assert.Equal((PaymentErrors.BelowSecurityMinimum, "Art. 339(2)"), (error.Reason, error.LegalBasis));
    }

    [Fact]
    public void A_day_before_the_code_has_no_threshold_or_minimum_in_force_and_is_refused_and_operations_have_no_339_minimum()
    {
        // The Code is in force from 01.01.2004: no threshold nor minimum is loaded for a day before it.
        var before = Accepted(50_000_000m, SecurityPurpose.CustomsBroker) with { AcceptedOn = new DateOnly(2003, 12, 31) };

        var error = Assert.Throws<RuleViolationException>(() => SecurityRules.EnsureAmountAllowed(before, Book.Shipped));

        Assert.Equal(PaymentErrors.ReferenceDataNotInForce, error.Reason);
        Assert.Equal(0m, SecurityRules.Minimum(SecurityPurpose.Operations, Book.Shipped.ActivitySecurityMinima.At(Day)!.Value, 0m, 0m));
    }

    [Fact]
    public void The_security_never_exceeds_the_duties_and_interest_even_when_a_fixed_amount_is_higher()
    {
        // 338(1): duties 150,000 and interest 2,500 secured with 152,500; 338(4): a fixed 200,000 for the category is capped at 152,500, a fixed 100,000 stands.
        Assert.Equal(152_500m, SecurityRules.Amount(152_500m));
        Assert.Equal(152_500m, SecurityRules.Amount(152_500m, fixedAmountRub: 200_000m));
        Assert.Equal(100_000m, SecurityRules.Amount(152_500m, fixedAmountRub: 100_000m));
    }

    [Fact]
    public void The_security_of_338_3_is_what_may_be_levied_additionally_less_what_was_paid()
    {
        // 338(3): 480,000 may be levied at the highest rates and values, 310,000 was paid: 170,000; nothing when paid in full.
        Assert.Equal(170_000m, SecurityRules.AdditionalAmount(480_000m, 310_000m));
        Assert.Equal(0m, SecurityRules.AdditionalAmount(480_000m, 500_000m));
    }

    [Fact]
    public void A_cash_deposit_is_refunded_as_paid_for_three_years_from_the_day_after_fulfilment_and_not_a_day_later()
    {
        // Fulfilled 15.03.2010: the three years run from 16.03.2010 to 15.03.2013.
        var refund = SecurityRules.RefundCashDeposit(250_000m, 0m, 0m, new DateOnly(2010, 3, 15), new DateOnly(2013, 3, 15));

        Assert.Equal(new CashDepositRefund(250_000m, 0m, new DateOnly(2013, 3, 15)), refund);
        var late = Assert.Throws<RuleViolationException>(() =>
            SecurityRules.RefundCashDeposit(250_000m, 0m, 0m, new DateOnly(2010, 3, 15), new DateOnly(2013, 3, 16)));
        Assert.Equal(PaymentErrors.RefundTimeBarred, late.Reason);
    }

    [Fact]
    public void A_cash_deposit_is_kept_for_the_payers_arrears_and_not_refunded_while_it_still_secures_an_operation()
    {
        // 357(5): 250,000 deposited, 90,000 of arrears: 90,000 kept for them, 160,000 refunded; arrears of 300,000 keep it all.
        Assert.Equal((160_000m, 90_000m), Parts(SecurityRules.RefundCashDeposit(250_000m, 0m, 90_000m, new DateOnly(2010, 3, 15), new DateOnly(2010, 4, 1))));
        Assert.Equal((0m, 250_000m), Parts(SecurityRules.RefundCashDeposit(250_000m, 0m, 300_000m, new DateOnly(2010, 3, 15), new DateOnly(2010, 4, 1))));
        var held = Assert.Throws<RuleViolationException>(() =>
            SecurityRules.RefundCashDeposit(250_000m, 40_000m, 0m, new DateOnly(2010, 3, 15), new DateOnly(2010, 4, 1)));
        Assert.Equal(PaymentErrors.SecurityStillHeld, held.Reason);
    }

    [Fact]
    public void A_general_guarantee_serves_any_office_up_to_what_is_available_and_a_single_one_only_its_own_office()
    {
        // 337(3): 1,000,000 with 940,000 reserved leaves 60,000: 60,000 fits, 60,000.01 does not.
        var general = new Security(Id, "G-1", SecurityMethod.BankGuarantee, "7707083893", "7702070139", true, "10005000", new DateOnly(2010, 3, 1),
            1_000_000m, 900_000m, 40_000m, true, "");

        SecurityRules.EnsureReservable(general, "10702000", 60_000m);
        Assert.Equal(PaymentErrors.SecurityLimitExceeded,
            Assert.Throws<RuleViolationException>(() => SecurityRules.EnsureReservable(general, "10702000", 60_000.01m)).Reason);
        Assert.Equal(PaymentErrors.SecurityNotGeneral,
            Assert.Throws<RuleViolationException>(() => SecurityRules.EnsureReservable(general with { General = false }, "10702000", 1m)).Reason);
        Assert.Equal(PaymentErrors.SecurityNotInForce,
            Assert.Throws<RuleViolationException>(() => SecurityRules.EnsureReservable(general with { InForce = false }, "10005000", 1m)).Reason);
    }

    private static (decimal Refund, decimal Kept) Parts(CashDepositRefund r) => (r.RefundRub, r.KeptForArrearsRub);
}
