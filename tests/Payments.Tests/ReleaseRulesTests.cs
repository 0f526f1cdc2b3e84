using Customs.Payments.Api.Domain;
using Customs.Payments.Api.Domain.Securities;
using Customs.ServiceDefaults;

namespace Customs.Payments.Tests;

/// <summary>
/// The end of a whole security, worked by hand: released "after the customs office has verified the fulfilment of the
/// secured obligations" (337(5)); a cash deposit "reimbursed as per Article 357" or "upon the payer's request ... retained
/// for making or securing future dutiable payments" (345(4)); "not refunded if the payer has arrears ... in the amount
/// equivalent to that of the arrears" (357(5)).
/// </summary>
public sealed class ReleaseRulesTests
{
    private static readonly Guid Id = Guid.Parse("01900000-0000-7000-8000-000000000002");
    private static readonly DateOnly Fulfilled = new(2010, 3, 15);
    private static readonly DateOnly Asked = new(2010, 4, 1);

    private static Security Deposit(decimal reserved = 0m, decimal called = 0m, bool inForce = true) =>
        new(Id, "D-1", SecurityMethod.CashDeposit, "7707083893", "", false, "10005000", new DateOnly(2010, 3, 1), 250_000m, reserved, called, inForce, "R-1");

    private static Security Guarantee(decimal reserved = 0m) =>
        Deposit(reserved) with { Method = SecurityMethod.BankGuarantee, Guarantor = "7702070139", ReceiptNumber = "" };

    private static string Refused(Action act) => Assert.Throws<RuleViolationException>(act).Reason;

    [Fact]
    public void A_deposit_refunded_pays_back_what_was_not_called_less_the_payers_arrears_without_interest()
    {
        // 250,000 deposited, 70,000 called for a breach (345(3)), 30,000 of arrears: 180,000 left, 30,000 kept, 150,000 refunded.
        var release = ReleaseRules.Decide(Deposit(called: 70_000m), "REL-1", SecurityDisposition.Refunded, Asked, Fulfilled, 30_000m);

        Assert.Equal(new SecurityRelease("REL-1", Id, SecurityDisposition.Refunded, Asked, 150_000m, 30_000m), release);
    }

    [Fact]
    public void A_deposit_is_not_refunded_while_the_arrears_equal_what_is_left_of_it_nor_when_it_was_all_called()
    {
        Assert.Equal(PaymentErrors.NothingToRefund, Refused(() => ReleaseRules.Decide(Deposit(called: 70_000m), "R", SecurityDisposition.Refunded, Asked, Fulfilled, 180_000m)));
        Assert.Equal(PaymentErrors.NothingToRefund, Refused(() => ReleaseRules.Decide(Deposit(called: 250_000m), "R", SecurityDisposition.Refunded, Asked, Fulfilled, 0m)));
        // 180,000 left and 179,999.99 of arrears: one kopeck goes back.
        Assert.Equal(0.01m, ReleaseRules.Decide(Deposit(called: 70_000m), "R", SecurityDisposition.Refunded, Asked, Fulfilled, 179_999.99m).RefundRub);
    }

    [Fact]
    public void A_deposit_asked_back_after_three_years_from_the_day_after_fulfilment_is_time_barred()
    {
        Assert.Equal(250_000m, ReleaseRules.Decide(Deposit(), "R", SecurityDisposition.Refunded, new DateOnly(2013, 3, 15), Fulfilled, 0m).RefundRub);
        Assert.Equal(PaymentErrors.RefundTimeBarred,
            Refused(() => ReleaseRules.Decide(Deposit(), "R", SecurityDisposition.Refunded, new DateOnly(2013, 3, 16), Fulfilled, 0m)));
    }

    [Fact]
    public void A_deposit_kept_for_future_payments_pays_nothing_back_and_ignores_the_arrears()
    {
        var kept = ReleaseRules.Decide(Deposit(), "K", SecurityDisposition.Kept, Asked, Fulfilled, 90_000m);

        Assert.Equal((0m, 0m), (kept.RefundRub, kept.KeptForArrearsRub));
    }

    [Fact]
    public void Nothing_ends_while_an_operation_is_still_secured_nor_once_ended()
    {
        Assert.Equal(PaymentErrors.SecurityStillHeld, Refused(() => ReleaseRules.Decide(Guarantee(reserved: 0.01m), "R", SecurityDisposition.Released, Asked, Fulfilled, 0m)));
        Assert.Equal(PaymentErrors.SecurityStillHeld, Refused(() => ReleaseRules.Decide(Deposit(reserved: 40_000m), "R", SecurityDisposition.Kept, Asked, Fulfilled, 0m)));
        Assert.Equal(PaymentErrors.SecurityNotInForce, Refused(() => ReleaseRules.Decide(Deposit(inForce: false), "R", SecurityDisposition.Refunded, Asked, Fulfilled, 0m)));
    }

    [Fact]
    public void A_guarantee_is_released_and_only_a_cash_deposit_is_refunded_or_kept()
    {
        Assert.Equal(SecurityDisposition.Released, ReleaseRules.Decide(Guarantee(), "R", SecurityDisposition.Released, Asked, Fulfilled, 0m).Disposition);
        Assert.Equal(PaymentErrors.DispositionNotForMethod, Refused(() => ReleaseRules.Decide(Guarantee(), "R", SecurityDisposition.Refunded, Asked, Fulfilled, 0m)));
        Assert.Equal(PaymentErrors.DispositionNotForMethod, Refused(() => ReleaseRules.Decide(Guarantee(), "R", SecurityDisposition.Kept, Asked, Fulfilled, 0m)));
        Assert.Equal(PaymentErrors.DispositionNotForMethod, Refused(() => ReleaseRules.Decide(Deposit(), "R", SecurityDisposition.Released, Asked, Fulfilled, 0m)));
    }
}
