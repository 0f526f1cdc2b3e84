using Customs.Payments.Api.Domain;
using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Penalties;
using Customs.Payments.Api.Domain.Securities;
using Customs.ServiceDefaults;

namespace Customs.Payments.Tests;

/// <summary>
/// Calling a guarantee, worked by hand. Art. 349(3): "In lodging a demand to the guarantor for the payment of due customs
/// duties and taxes, penalty fees shall be charged for the period of not exceeding three months from the day following the
/// date of expiry of the time limit prescribed for the fulfilment of the obligations secured by a bank or other guarantee."
/// Art. 349(7): penalties are paid "concurrently with the due customs duties and taxes or after said payments". Art. 345(3):
/// a cash deposit pays the breached obligation itself; 341(3): a pledge is recovered from the property.
/// </summary>
public sealed class GuaranteeCallTests
{
    private static readonly PenaltyCalculator Penalties = new(Book.Shipped);
    private static readonly DateTimeOffset Now = new(2025, 10, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Id = Guid.Parse("01900000-0000-7000-8000-0000000000c1");

    // 100,000.00 RUB of duties due on 30.04.2025, nothing paid: the arrears of a declaration secured by a bank guarantee.
    private static readonly Obligation Unpaid = new("decl-1", new DateOnly(2025, 4, 30), 100_000m, 0m, 0m, 0m, null);

    private static Security Guarantee(SecurityMethod method = SecurityMethod.BankGuarantee) =>
        new(Id, "BG-1", method, "7700000001", method == SecurityMethod.BankGuarantee ? "7700000002" : "", true, "10005000", new DateOnly(2025, 4, 1),
            500_000m, 150_000m, 0m, true, "");

    private static Reservation Held(decimal amount = 150_000m) => new("op-1", "10005000", "decl-1", amount, ReservationStatus.Reserved, Now, null);

    private static GuarantorDemand Demand(decimal reservation = 150_000m, DateOnly? on = null) =>
        GuaranteeCallRules.Demand(Id, "D-1", Guarantee(), Held(reservation), Unpaid, on ?? new DateOnly(2025, 9, 30), Now, Penalties);

    [Fact]
    public void A_demand_to_the_guarantor_asks_the_duties_and_penalties_for_three_months_from_the_day_after_the_term_at_most()
    {
        // Dispatched 30.09.2025; the three months are 01.05-31.07.2025 (92 days): 01.05-08.06, 39 days at 21% = 2,730.00;
        // 09.06-27.07, 49 days at 20% = 3,266.67; 28.07-31.07, 4 days at 18% = 240.00. Penalties 6,236.67 (not the payer's own
        // 9,843.34 to 30.09); demanded 100,000.00 + 6,236.67 = 106,236.67, within the reservation of 150,000.00.
        var demand = Demand();

        Assert.Equal((100_000m, 6_236.67m, 106_236.67m), (demand.DutiesRub, demand.PenaltiesRub, demand.AmountRub));
        Assert.Equal((new DateOnly(2025, 4, 30), new DateOnly(2025, 7, 31)), (demand.TermEndedOn, demand.LastPenaltyDay));
        Assert.Equal(GuarantorDemandStatus.Open, demand.Status);
    }

    [Fact]
    public void A_demand_within_the_three_months_is_charged_to_its_day_and_never_asks_more_than_the_reservation()
    {
        // Dispatched 10.05.2025: 01.05-10.05, 10 days at 21%: 100,000 x 21% / 300 x 10 = 700.00; 100,700.00 asked.
        var early = Demand(on: new DateOnly(2025, 5, 10));
        // The guarantee holds 80,000.00 for the operation: the guarantor owes no more than that.
        var capped = Demand(reservation: 80_000m);

        Assert.Equal((700.00m, 100_700.00m, new DateOnly(2025, 5, 10)), (early.PenaltiesRub, early.AmountRub, early.LastPenaltyDay));
        Assert.Equal((100_000m, 6_236.67m, 80_000m), (capped.DutiesRub, capped.PenaltiesRub, capped.AmountRub));
    }

    [Fact]
    public void No_demand_is_lodged_on_or_before_the_last_day_of_the_term()
    {
        var error = Assert.Throws<RuleViolationException>(() => Demand(on: new DateOnly(2025, 4, 30)));

        Assert.Equal((PaymentErrors.TermNotExpired, "Art. 349(3)"), (error.Reason, error.LegalBasis));
    }

    [Theory]
    [InlineData(SecurityMethod.CashDeposit, "Art. 345(3)")]
    [InlineData(SecurityMethod.Pledge, "Art. 341(3)")]
    public void A_cash_deposit_or_a_pledge_is_not_called_by_a_demand_to_a_guarantor(SecurityMethod method, string article)
    {
        var error = Assert.Throws<RuleViolationException>(() =>
            GuaranteeCallRules.Demand(Id, "D-1", Guarantee(method), Held(), Unpaid, new DateOnly(2025, 9, 30), Now, Penalties));

        Assert.Equal((PaymentErrors.NotCalledByDemand, article), (error.Reason, error.LegalBasis));
        Assert.False(GuaranteeCallRules.IsCalledByDemand(method));
        Assert.True(GuaranteeCallRules.IsCalledByDemand(SecurityMethod.Surety) && GuaranteeCallRules.IsCalledByDemand(SecurityMethod.Insurance));
    }

    [Fact]
    public void The_guarantors_payment_of_the_demand_settles_the_arrears_duties_first_and_meets_the_demand()
    {
        // Paid 15.10.2025, after the three months: penalties stay 6,236.67 (to 31.07); 100,000.00 to the duties first, 6,236.67 to
        // the penalties (349(7)). The days 01.08-15.10 are counted, not charged (settled to 15.10).
        var demand = Demand();

        var (after, payment) = GuaranteeCallRules.Pay(demand, Unpaid, "PAY-1", 106_236.67m, new DateOnly(2025, 10, 15), Penalties);
        var met = GuaranteeCallRules.After(demand, payment, after);

        Assert.Equal((100_000m, 6_236.67m, 0m), (payment.ToPaymentsRub, payment.ToPenaltiesRub, payment.ExcessRub));
        Assert.True(after.Settled);
        Assert.Equal((6_236.67m, new DateOnly(2025, 10, 15)), (after.PenaltyRub, after.PenaltySettledTo));
        Assert.Equal((GuarantorDemandStatus.Met, new DateOnly(2025, 10, 15), 0m), (met.Status, met.MetOn, met.StillAskedRub));
    }

    [Fact]
    public void A_part_payment_leaves_the_demand_open_and_the_rest_settles_without_charging_the_guarantor_past_the_three_months()
    {
        // 50,000.00 on 01.10.2025: the penalties to 31.07 (6,236.67) are charged, the 50,000.00 pays duties; 56,236.67 still asked.
        // 56,236.67 on 02.10.2025: no penalty on the 50,000.00 still unpaid (past 31.07): 50,000.00 duties + 6,236.67 penalties.
        var demand = Demand();
        var (half, first) = GuaranteeCallRules.Pay(demand, Unpaid, "PAY-1", 50_000m, new DateOnly(2025, 10, 1), Penalties);
        var open = GuaranteeCallRules.After(demand, first, half);
        var (settled, second) = GuaranteeCallRules.Pay(open, half, "PAY-2", 56_236.67m, new DateOnly(2025, 10, 2), Penalties);
        var met = GuaranteeCallRules.After(open, second, settled);

        Assert.Equal((50_000m, 0m), (first.ToPaymentsRub, first.ToPenaltiesRub));
        Assert.Equal((GuarantorDemandStatus.Open, 56_236.67m), (open.Status, open.StillAskedRub));
        Assert.Equal((50_000m, 6_236.67m), (second.ToPaymentsRub, second.ToPenaltiesRub));
        Assert.True(settled.Settled);
        Assert.Equal(GuarantorDemandStatus.Met, met.Status);
    }

    [Fact]
    public void The_guarantor_pays_no_more_than_the_demand_asks_and_what_the_payer_paid_meanwhile_is_excess()
    {
        var demand = Demand();
        var over = Assert.Throws<RuleViolationException>(() =>
            GuaranteeCallRules.Pay(demand, Unpaid, "PAY-1", 106_236.68m, new DateOnly(2025, 10, 15), Penalties));
        // The payer paid 30,000.00 of the duties on 30.04 (in its term): the guarantor's 106,236.67 pays 70,000.00 of duties and
        // the penalties on 70,000.00 for 01.05-31.07 (1,911.00 + 2,286.67 + 168.00 = 4,365.67); 31,871.00 is the guarantor's back.
        var partlyPaid = Unpaid with { PaidRub = 30_000m };
        var (after, payment) = GuaranteeCallRules.Pay(demand, partlyPaid, "PAY-1", 106_236.67m, new DateOnly(2025, 10, 15), Penalties);

        Assert.Equal((PaymentErrors.GuarantorPaymentExceedsDemand, "Art. 349(3)"), (over.Reason, over.LegalBasis));
        Assert.Equal((70_000m, 4_365.67m, 31_871.00m), (payment.ToPaymentsRub, payment.ToPenaltiesRub, payment.ExcessRub));
        Assert.True(after.Settled);
        Assert.Equal(GuarantorDemandStatus.Met, GuaranteeCallRules.After(demand, payment, after).Status);
    }
}
