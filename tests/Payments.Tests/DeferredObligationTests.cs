using Customs.BuildingBlocks.Calendar;
using Customs.Payments.Api.Domain.Deferrals;
using Customs.Payments.Api.Domain.Interest;
using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Penalties;
using Customs.ServiceDefaults;

namespace Customs.Payments.Tests;

/// <summary>
/// An obligation under a deferral. Art. 333(4): "Deferral or payment by instalments ... may be approved with regard to one or
/// several categories of customs duties and taxes, as well as to the total dutiable amounts or part thereof." Art. 336(1):
/// "an interest chargeable on the sum of the arrears ... proceeding from the refinance rate ... effective in the period of
/// deferral or payment by instalments"; 336(2): "repaid prior to or concurrently with the disbursement of the sum of the
/// arrears". Art. 349(2): penalties "for each calendar day of a delay ... beginning from the day following the date of
/// expiry of the time limit". Art. 335(2): a resolution passed under the circumstances of 335(1) "ought to be rescinded
/// with a written notification ... within three working days". Interest: 1/365 of the year's rate a day.
/// </summary>
public sealed class DeferredObligationTests
{
    private static readonly InterestCalculator Interest = new(Book.Shipped);
    private static readonly PenaltyCalculator Penalties = new(Book.Shipped);
    private static readonly DeferralRules Rules = Deferred.Rules;

    // 90,000.00 RUB due 20.04.2011; 8% a year to 02.05.2011 (Directive 2583-U), 8.25% from 03.05.2011 (2618-U).
    private static readonly Obligation Owing = new("d-1", new DateOnly(2011, 4, 20), 90_000m, 0, 0, 0, null);

    [Fact]
    public void Instalments_paid_on_their_day_pay_the_interest_charged_day_by_day_on_what_is_unpaid_across_a_rate_change()
    {
        // Three parts of 30,000.00 due 20.05, 20.06 and 20.07.2011, granted 15.04. Paid on 20.05: interest 21.04-20.05 on the
        // whole 90,000.00 (no part is due before 20.05): 12 days at 8% = 236.71, 18 days at 8.25% = 366.16: 602.87.
        // 30,602.87 pays the part first, then its interest (Art. 336(2)); no penalty: nothing was past its term.
        var granted = Deferred.Granted(Owing, DeferralKind.Instalments, 3, new DateOnly(2011, 4, 15));

        var (after, toPayments, toPenalties) = granted.Pay(30_602.87m, new DateOnly(2011, 5, 20), Penalties, Interest);

        Assert.Equal(602.87m, after.InterestRub);
        Assert.Equal((30_000m, 0m, 602.87m), (toPayments, toPenalties, after.InterestPaidRub));
        Assert.Equal(new DateOnly(2011, 5, 20), after.InterestSettledTo);
        Assert.Equal([(12, 8.00m, 236.71m), (18, 8.25m, 366.16m)], granted.InterestTo(new DateOnly(2011, 5, 20), Interest).Parts.Select(p => (p.Days, p.RatePercent, p.AmountRub)));
        Assert.Equal(new DateOnly(2011, 6, 20), after.NextDueDate);
        Assert.Equal(0m, after.PenaltyRub);
        Assert.False(after.Settled);
    }

    [Fact]
    public void A_missed_instalment_is_arrears_from_the_day_after_its_term_and_only_it_bears_the_penalty()
    {
        // Part 1 (30,000.00, due 20.05.2011) is paid on 30.05. Art. 349(2): 21.05-30.05, 10 days on 30,000.00 at 8.25%/300 =
        // 82.50. Interest: 602.87 to 20.05 (above), then 21.05-30.05 on the 60,000.00 of the later parts, 10 days at 8.25% =
        // 135.62: 738.49. The later parts keep their terms and bear no penalty.
        var granted = Deferred.Granted(Owing, DeferralKind.Instalments, 3, new DateOnly(2011, 4, 15));
        var missed = new DateOnly(2011, 5, 30);

        var (after, toPayments, toPenalties) = granted.Pay(30_000m + 738.49m + 82.50m, missed, Penalties, Interest);

        Assert.Equal((30_000m, 0m), (granted.ArrearsOn(new DateOnly(2011, 5, 21)), granted.ArrearsOn(new DateOnly(2011, 5, 20))));
        Assert.Equal(82.50m, granted.PenaltyTo(missed, Penalties).AmountRub);
        Assert.Equal([(new DateOnly(2011, 5, 21), 10, 82.50m)], granted.PenaltyTo(missed, Penalties).Parts.Select(p => (p.From, p.Days, p.AmountRub)));
        Assert.Equal((30_000m, 82.50m, 738.49m), (toPayments, toPenalties, after.InterestPaidRub));
        Assert.Equal((60_000m, 0m, 0m), (after.OutstandingRub, after.PenaltyOutstandingRub, after.InterestOutstandingRub));
        Assert.Equal(new DateOnly(2011, 6, 20), after.NextDueDate);
        Assert.Equal(0m, after.PenaltyTo(new DateOnly(2011, 6, 20), Penalties).AmountRub);
    }

    [Fact]
    public void A_part_deferred_leaves_the_rest_on_its_term_of_article_329_with_its_penalty()
    {
        // 60,000.00 of the 90,000.00 in two parts of 30,000.00 due 20.05 and 20.06.2011 (granted 15.04, before the term of
        // 20.04); the other 30,000.00 stays due by 20.04. On 30.04: penalty on 30,000.00 for 21.04-30.04, 10 days at 8%/300 =
        // 80.00; interest on the 60,000.00 deferred, 10 days at 8% = 131.51. Paying the 30,000.00 meets the earliest term.
        var granted = Deferred.Granted(Owing, DeferralKind.Instalments, 2, new DateOnly(2011, 4, 15), part: 60_000m);
        var on = new DateOnly(2011, 4, 30);

        var (after, toPayments, _) = granted.Pay(30_000m, on, Penalties, Interest);

        Assert.Equal([(new DateOnly(2011, 4, 20), 30_000m), (new DateOnly(2011, 5, 20), 30_000m), (new DateOnly(2011, 6, 20), 30_000m)],
            granted.Terms().Select(t => (t.DueOn, t.PrincipalRub)));
        Assert.Equal((80.00m, 131.51m), (granted.PenaltyTo(on, Penalties).AmountRub, granted.InterestTo(on, Interest).AmountRub));
        Assert.Equal((30_000m, 80.00m, 131.51m), (toPayments, after.PenaltyOutstandingRub, after.InterestOutstandingRub));
        Assert.Equal((new DateOnly(2011, 4, 20), new DateOnly(2011, 5, 20)), (granted.NextDueDate, after.NextDueDate));
    }

    [Fact]
    public void A_part_larger_than_what_is_owed_is_not_deferred()
    {
        var error = Assert.Throws<RuleViolationException>(() =>
            Rules.Request(Owing with { PaidRub = 40_000m }, "r-2", "7707083893", DeferralKind.Deferral, DeferralGround.PerishableGoods, 1, new DateOnly(2011, 4, 10), 60_000m));

        Assert.Equal(("DEFERRAL_EXCEEDS_OUTSTANDING", "Art. 333(4)"), (error.Reason, error.LegalBasis));
    }

    [Fact]
    public void A_rescinded_deferral_charges_interest_to_its_day_and_what_was_deferred_falls_due_then_with_notice_in_three_working_days()
    {
        // 60,000.00 RUB due 19.04.2025 in three parts of 20,000.00 (19.05, 19.06, 19.07), granted 14.04. Rescinded Thursday
        // 15.05.2025 (the payer sued for insolvency, Art. 335(1)[2]): interest 20.04-15.05, 26 days at 21% = 897.53; the
        // 60,000.00 fall due on 15.05; the notice by Tuesday 20.05 (16, 19, 20 May: working days). Paid 25.05: penalty
        // 16.05-25.05, 10 days on 60,000.00 at 21%/300 = 420.00.
        var owing = new Obligation("d-2", new DateOnly(2025, 4, 19), 60_000m, 0, 0, 0, null);
        var request = Rules.Request(owing, "r-3", "7707083893", DeferralKind.Instalments, DeferralGround.NaturalCalamity, 3, new DateOnly(2025, 4, 10));
        var decision = Rules.Approve(request, owing, new DateOnly(2025, 4, 14), "guarantee-2");
        var granted = owing.Defer([.. decision.Schedule.Select(i => new DeferredPart(i.DueOn, i.PrincipalRub))], owing.DueDate);

        var (after, rescission) = Rules.Rescind(decision, granted, new DateOnly(2025, 5, 15), DeferralRefusalGround.InsolvencyProceedings);

        Assert.Equal((897.53m, 60_000m, new DateOnly(2025, 5, 20)), (rescission.InterestChargedRub, rescission.FallingDueRub, rescission.NotifyBy));
        Assert.StartsWith("Art. 335(2), (1)[2]", rescission.Reason);
        Assert.Equal((new DateOnly(2025, 5, 15), 897.53m), (after.NextDueDate, after.InterestRub));
        Assert.Equal(420.00m, after.PenaltyTo(new DateOnly(2025, 5, 25), Penalties).AmountRub);
        Assert.Equal(0m, after.InterestTo(new DateOnly(2025, 5, 25), Interest).AmountRub);
        Assert.Equal("DEFERRAL_NOT_IN_FORCE", Assert.Throws<RuleViolationException>(() =>
            Rules.Rescind(decision, granted, new DateOnly(2025, 7, 19), DeferralRefusalGround.InsolvencyProceedings)).Reason);
    }

    [Fact]
    public void Without_a_deferral_an_obligation_has_one_term_and_bears_no_interest()
    {
        Assert.Equal([(Owing.DueDate, 90_000m)], Owing.Terms().Select(t => (t.DueOn, t.PrincipalRub)));
        Assert.Equal(Owing.DueDate, Owing.NextDueDate);
        Assert.Equal(0m, Owing.InterestTo(new DateOnly(2011, 6, 1), Interest).AmountRub);
        Assert.Equal((0m, null), (Owing.Pay(1_000m, new DateOnly(2011, 5, 10), Penalties, Interest).After.InterestRub, Owing.ChargedTo(new DateOnly(2011, 5, 10), Penalties, Interest).InterestSettledTo));
    }
}
