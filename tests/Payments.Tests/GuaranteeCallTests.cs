using Customs.BuildingBlocks.Calendar;
using Customs.Payments.Api.Domain;
using Customs.Payments.Api.Domain.Deferrals;
using Customs.Payments.Api.Domain.Demands;
using Customs.Payments.Api.Domain.Interest;
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
/// a cash deposit pays the breached obligation itself; 341(3): a pledge is recovered from the property. Art. 349(2): the
/// penalty runs "until the day when the payer fulfils his (or her) obligations": 349(3) limits what the guarantor is
/// charged, not what the payer owes. Rates: 21% to 08.06.2025, 20% to 27.07, 18% to 14.09, 17% to 26.10.
/// </summary>
public sealed class GuaranteeCallTests
{
    private static readonly PenaltyCalculator Penalties = new(Book.Shipped);
    private static readonly InterestCalculator Interest = new(Book.Shipped);
    private static readonly DateTimeOffset Now = new(2025, 10, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Id = Guid.Parse("01900000-0000-7000-8000-0000000000c1");

    // 100,000.00 RUB of duties due on 30.04.2025, nothing paid: the arrears of a declaration secured by a bank guarantee.
    private static readonly Obligation Unpaid = new("decl-1", new DateOnly(2025, 4, 30), 100_000m, 0m, 0m, 0m, null);

    private static Security Guarantee(SecurityMethod method = SecurityMethod.BankGuarantee) =>
        new(Id, "BG-1", method, "7700000001", method == SecurityMethod.BankGuarantee ? "7700000002" : "", true, "10005000", new DateOnly(2025, 4, 1),
            500_000m, 150_000m, 0m, true, "");

    private static Reservation Held(decimal amount = 150_000m) => new("op-1", "10005000", "decl-1", amount, ReservationStatus.Reserved, Now, null);

    private static GuarantorDemand Demand(decimal reservation = 150_000m, DateOnly? on = null, Obligation? obligation = null) =>
        GuaranteeCallRules.Demand(Id, "D-1", Guarantee(), Held(reservation), obligation ?? Unpaid, on ?? new DateOnly(2025, 9, 30), Now, Penalties, Interest);

    private static (Obligation After, GuarantorPayment Payment) Pay(GuarantorDemand demand, Obligation obligation, decimal amount, DateOnly on, string reference = "PAY-1") =>
        GuaranteeCallRules.Pay(demand, obligation, reference, amount, on, Penalties, Interest);

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
            GuaranteeCallRules.Demand(Id, "D-1", Guarantee(method), Held(), Unpaid, new DateOnly(2025, 9, 30), Now, Penalties, Interest));

        Assert.Equal((PaymentErrors.NotCalledByDemand, article), (error.Reason, error.LegalBasis));
        Assert.False(GuaranteeCallRules.IsCalledByDemand(method));
        Assert.True(GuaranteeCallRules.IsCalledByDemand(SecurityMethod.Surety) && GuaranteeCallRules.IsCalledByDemand(SecurityMethod.Insurance));
    }

    [Fact]
    public void The_guarantor_pays_the_duties_and_its_three_months_of_penalties_and_the_later_days_stay_owed_by_the_payer()
    {
        // Paid 15.10.2025. The obligation is charged its whole penalty to 15.10 (349(2)): 01.05-08.06 2,730.00, 09.06-27.07
        // 3,266.67, 28.07-14.09 49 days at 18% = 2,940.00, 15.09-15.10 31 days at 17% = 1,756.67: 10,693.34. The guarantor's
        // 106,236.67 pays 100,000.00 of duties first and the 6,236.67 its demand states (to 31.07, 349(3)); the payer still owes
        // the penalties of 01.08-15.10: 2,700.00 + 1,756.67 = 4,456.67. The demand is met: the guarantor owes nothing more.
        var demand = Demand();

        var (after, payment) = Pay(demand, Unpaid, 106_236.67m, new DateOnly(2025, 10, 15));
        var met = GuaranteeCallRules.After(demand, payment, after);

        Assert.Equal((100_000m, 0m, 6_236.67m, 0m), (payment.ToPaymentsRub, payment.ToInterestRub, payment.ToPenaltiesRub, payment.ExcessRub));
        Assert.Equal((0m, 10_693.34m, 6_236.67m, 4_456.67m), (after.OutstandingRub, after.PenaltyRub, after.PenaltyPaidRub, after.PenaltyOutstandingRub));
        Assert.Equal(new DateOnly(2025, 10, 15), after.PenaltySettledTo);
        Assert.False(after.Settled);
        Assert.Equal((GuarantorDemandStatus.Met, new DateOnly(2025, 10, 15), 0m, 6_236.67m), (met.Status, met.MetOn, met.StillAskedRub, met.PenaltiesPaidRub));

        // The payer pays its own 4,456.67 later: no duty is unpaid, so no day is charged after 15.10 (349(2)).
        var (settled, toPayments, toPenalties) = after.Pay(4_456.67m, new DateOnly(2025, 11, 20), Penalties, Interest);
        Assert.Equal((0m, 4_456.67m, true), (toPayments, toPenalties, settled.Settled));
    }

    [Fact]
    public void A_part_payment_leaves_the_demand_open_and_the_rest_pays_no_penalty_of_the_days_after_the_three_months()
    {
        // 50,000.00 on 01.10.2025: the penalty to 01.10 is charged, 2,730.00 + 3,266.67 + 2,940.00 + 15.09-01.10 17 days at
        // 17% 963.33 = 9,900.00, and the 50,000.00 pays duties (349(7)); 56,236.67 still asked.
        // 56,236.67 on 02.10.2025: 02.10 on the 50,000.00 unpaid is charged (28.33, 9,928.33 in all); the guarantor pays
        // 50,000.00 of duties and 6,236.67 of penalties, no more. The payer owes 9,928.33 - 6,236.67 = 3,691.66: 01.08-14.09
        // 2,700.00, 15.09-01.10 963.33, 02.10 28.33.
        var demand = Demand();
        var (half, first) = Pay(demand, Unpaid, 50_000m, new DateOnly(2025, 10, 1));
        var open = GuaranteeCallRules.After(demand, first, half);
        var (settled, second) = Pay(open, half, 56_236.67m, new DateOnly(2025, 10, 2), "PAY-2");
        var met = GuaranteeCallRules.After(open, second, settled);

        Assert.Equal((50_000m, 0m, 9_900.00m), (first.ToPaymentsRub, first.ToPenaltiesRub, half.PenaltyRub));
        Assert.Equal((GuarantorDemandStatus.Open, 56_236.67m), (open.Status, open.StillAskedRub));
        Assert.Equal((50_000m, 6_236.67m, 0m), (second.ToPaymentsRub, second.ToPenaltiesRub, second.ExcessRub));
        Assert.Equal((0m, 9_928.33m, 3_691.66m), (settled.OutstandingRub, settled.PenaltyRub, settled.PenaltyOutstandingRub));
        Assert.Equal(GuarantorDemandStatus.Met, met.Status);
    }

    [Fact]
    public void The_guarantor_pays_no_more_than_the_demand_asks_and_what_the_payer_paid_meanwhile_is_excess()
    {
        var demand = Demand();
        var over = Assert.Throws<RuleViolationException>(() => Pay(demand, Unpaid, 106_236.68m, new DateOnly(2025, 10, 15)));
        // After the demand the payer pays 30,000.00 on 05.10.2025: the penalty to 05.10 is charged (9,900.00 + 02.10-05.10 on
        // 100,000.00 at 17%, 226.67 = 10,126.67) and the 30,000.00 pays duties. The guarantor's 106,236.67 on 15.10 (06.10-15.10
        // on 70,000.00, 396.67, charged: 10,523.34) pays the 70,000.00 of duties left and the 6,236.67 of its demand (the
        // arrears were 100,000.00 in the three months); 30,000.00 is the guarantor's back. The payer owes 4,286.67.
        var (partlyPaid, _, _) = Unpaid.Pay(30_000m, new DateOnly(2025, 10, 5), Penalties, Interest);
        var (after, payment) = Pay(demand, partlyPaid, 106_236.67m, new DateOnly(2025, 10, 15));

        Assert.Equal((PaymentErrors.GuarantorPaymentExceedsDemand, "Art. 349(3)"), (over.Reason, over.LegalBasis));
        Assert.Equal((70_000m, 6_236.67m, 30_000.00m), (payment.ToPaymentsRub, payment.ToPenaltiesRub, payment.ExcessRub));
        Assert.Equal((0m, 10_523.34m, 4_286.67m), (after.OutstandingRub, after.PenaltyRub, after.PenaltyOutstandingRub));
        Assert.Equal(GuarantorDemandStatus.Met, GuaranteeCallRules.After(demand, payment, after).Status);
    }

    [Fact]
    public void A_demand_after_a_payment_in_the_three_months_asks_the_penalties_charged_then_and_those_of_the_rest_of_the_three_months()
    {
        // The payer paid 50,000.00 on 31.05.2025: 01.05-31.05 on 100,000.00 at 21%, 31 days = 2,170.00 charged and unpaid.
        // Demand 30.09: 2,170.00 + on 50,000.00 from 01.06 to 31.07: 8 days at 21% 280.00 + 49 days at 20% 1,633.33 + 4 days
        // at 18% 120.00 = 4,203.33; 50,000.00 of duties, 54,203.33 asked.
        var (paidInMay, _, _) = Unpaid.Pay(50_000m, new DateOnly(2025, 5, 31), Penalties, Interest);

        var demand = Demand(obligation: paidInMay);

        Assert.Equal(2_170.00m, paidInMay.PenaltyOutstandingRub);
        Assert.Equal((50_000m, 4_203.33m, 54_203.33m), (demand.DutiesRub, demand.PenaltiesRub, demand.AmountRub));
    }

    [Fact]
    public void A_demand_after_the_payer_was_charged_past_the_three_months_asks_the_three_months_on_what_is_unpaid()
    {
        // The payer paid 40,000.00 on 15.09.2025: charged to 15.09 (2,730.00 + 3,266.67 + 2,940.00 + 56.67 = 8,993.34), none of
        // it paid. Demand 30.09: the charged sum covers days past 31.07, so the guarantor is asked the three months on the
        // 60,000.00 unpaid: 39 days at 21% 1,638.00 + 49 days at 20% 1,960.00 + 4 days at 18% 144.00 = 3,742.00.
        var (paidInSeptember, _, _) = Unpaid.Pay(40_000m, new DateOnly(2025, 9, 15), Penalties, Interest);

        var demand = Demand(obligation: paidInSeptember);

        Assert.Equal(8_993.34m, paidInSeptember.PenaltyOutstandingRub);
        Assert.Equal((60_000m, 3_742.00m, 63_742.00m), (demand.DutiesRub, demand.PenaltiesRub, demand.AmountRub));
    }

    [Fact]
    public void A_demand_to_the_guarantor_is_to_be_met_ten_to_twenty_working_days_after_its_receipt_and_is_overdue_after_that_day()
    {
        // Art. 350(5): by registered mail, dispatched Tuesday 30.09.2025, it is "regarded as received after six days": 06.10.2025.
        // 350(4): 10 working days from then: 07-10.10 (4), 13-17.10 (9), 20.10 (10). Handed on 30.09.2025 with 20 working days:
        // 01-03.10 (3), 06-10.10 (8), 13-17.10 (13), 20-24.10 (18), 27-28.10 (20).
        var mailed = GuaranteeCallRules.Term(new DateOnly(2025, 9, 30), DemandDelivery.RegisteredMail, 10, WorkingCalendars.Default.Russia);
        var handed = GuaranteeCallRules.Term(new DateOnly(2025, 9, 30), DemandDelivery.Handed, 20, WorkingCalendars.Default.Russia);
        var demand = Demand() with { Term = mailed };

        Assert.Equal((new DateOnly(2025, 10, 6), new DateOnly(2025, 10, 20), false), (mailed.ReceivedOn, mailed.MeetBy, mailed.MeetByProvisional));
        Assert.Equal((new DateOnly(2025, 9, 30), new DateOnly(2025, 10, 28)), (handed.ReceivedOn, handed.MeetBy));
        Assert.Equal((false, true), (demand.OverdueOn(new DateOnly(2025, 10, 20)), demand.OverdueOn(new DateOnly(2025, 10, 21))));

        // Paid on 21.10.2025, a day late: still booked and applied (the obligation is owed), marked late; once met it is not overdue.
        var (after, payment) = Pay(demand, Unpaid, 106_236.67m, new DateOnly(2025, 10, 21));
        var met = GuaranteeCallRules.After(demand, payment, after);
        Assert.Equal((100_000m, 6_236.67m), (payment.ToPaymentsRub, payment.ToPenaltiesRub));
        Assert.Equal((true, false, false), (met.PaidLate(payment.PaidOn), met.PaidLate(new DateOnly(2025, 10, 20)), met.OverdueOn(new DateOnly(2025, 10, 22))));
    }

    [Theory]
    [InlineData(DemandDelivery.Handed, 9, "working_days_to_meet")]
    [InlineData(DemandDelivery.RegisteredMail, 21, "working_days_to_meet")]
    [InlineData(DemandDelivery.Unspecified, 10, "delivery")]
    public void A_demands_term_is_refused_outside_ten_to_twenty_working_days_or_without_its_delivery(DemandDelivery delivery, int days, string field)
    {
        var error = Assert.Throws<RequestValidationException>(() =>
            GuaranteeCallRules.Term(new DateOnly(2025, 9, 30), delivery, days, WorkingCalendars.Default.Russia));

        Assert.Equal(field, Assert.Single(error.Violations).Field);
    }

    [Fact]
    public void Under_instalments_the_guarantor_is_asked_the_missed_part_its_interest_and_penalty_and_pays_no_part_not_yet_due()
    {
        // 90,000.00 due 20.04.2011 in three instalments of 30,000.00 due 20.05, 20.06 and 20.07.2011, granted 15.04 (8% a year to
        // 02.05.2011, 8.25% from 03.05). The first is missed; demand 30.05.2011. Art. 336(1): interest to 30.05 = 602.87 to 20.05
        // on 90,000.00 + 21.05-30.05 on the 60,000.00 not yet due, 10 days at 8.25% = 135.62: 738.49, asked as the duties are
        // (336(3)). Art. 349(2): 21.05-30.05 on the 30,000.00 missed at 8.25%/300 = 82.50, within the three months of 349(3).
        var owing = new Obligation("decl-1", new DateOnly(2011, 4, 20), 90_000m, 0m, 0m, 0m, null);
        var rules = new DeferralRules(Interest, Penalties, WorkingCalendars.Default);
        var request = rules.Request(owing, "r-1", "7707083893", DeferralKind.Instalments, DeferralGround.PerishableGoods, 3, new DateOnly(2011, 4, 10), null);
        var decision = rules.Approve(request, owing, new DateOnly(2011, 4, 15), "guarantee-1");
        var granted = owing.Defer([.. decision.Schedule.Select(i => new DeferredPart(i.DueOn, i.PrincipalRub))], owing.DueDate);
        var on = new DateOnly(2011, 5, 30);

        var demand = GuaranteeCallRules.Demand(Id, "D-1", Guarantee(), Held(), granted, on, Now, Penalties, Interest);
        // The guarantor pays it the same day: the missed part, its interest, its penalty; the later parts keep their terms.
        var (after, payment) = Pay(demand, granted, demand.AmountRub, on);

        Assert.Equal((30_000m, 738.49m, 82.50m, 30_820.99m), (demand.DutiesRub, demand.InterestRub, demand.PenaltiesRub, demand.AmountRub));
        Assert.Equal((30_000m, 738.49m, 82.50m, 0m), (payment.ToPaymentsRub, payment.ToInterestRub, payment.ToPenaltiesRub, payment.ExcessRub));
        Assert.Equal((60_000m, new DateOnly(2011, 6, 20)), (after.OutstandingRub, after.NextDueDate));
        Assert.Equal(GuarantorDemandStatus.Met, GuaranteeCallRules.After(demand, payment, after).Status);
    }
}
