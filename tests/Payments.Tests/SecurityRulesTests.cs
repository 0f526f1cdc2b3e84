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

    [Fact]
    public void Security_is_not_required_below_20000_roubles_and_is_from_20000_exactly()
    {
        Assert.False(SecurityRules.IsRequired(19_999.99m));
        Assert.True(SecurityRules.IsRequired(20_000.00m));
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
    public void The_minima_of_339_are_50_million_for_a_broker_20_million_for_a_carrier_and_2_5_million_plus_area_or_volume_for_a_warehouse()
    {
        Assert.Equal(50_000_000m, SecurityRules.BrokerMinimumRub);
        Assert.Equal(20_000_000m, SecurityRules.CarrierMinimumRub);
        // 2,500,000 + 1,000 × 1,200 m² of open area + 300 × 4,000 m³ of rooms = 4,900,000; a closed warehouse alone: 2,500,000.
        Assert.Equal(4_900_000m, SecurityRules.WarehouseMinimum(1_200m, 4_000m));
        Assert.Equal(2_500_000m, SecurityRules.WarehouseMinimum(0m, 0m));
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
