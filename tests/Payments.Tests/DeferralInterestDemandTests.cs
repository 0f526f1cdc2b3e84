using Customs.BuildingBlocks.Calendar;
using Customs.Payments.Api.Domain.Collection;
using Customs.Payments.Api.Domain.Deferrals;
using Customs.Payments.Api.Domain.Demands;
using Customs.Payments.Api.Domain.Interest;
using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Penalties;
using Customs.ServiceDefaults;

namespace Customs.Payments.Tests;

/// <summary>
/// The interest of a deferral in demands and collection. Art. 350(2): the demand contains "the due amounts of payable customs
/// duties and taxes, the due amount of penalty fines and/or the interest accrued to the dutiable payments as per the day of
/// issuance of said demand". Art. 336(2): the interest "is repaid prior to or concurrently with the disbursement of the sum
/// of the arrears ..., but not later than the day following the expiry date of the time limits approved for the deferral";
/// 336(3): "Payment, charge, and redemption of the interest shall be effected based on the provisions stipulated by this
/// Customs Code for the payment, charge, and redemption of customs duties and taxes" (so it is collected as they are).
/// </summary>
public sealed class DeferralInterestDemandTests
{
    private static readonly InterestCalculator Interest = new(Book.Shipped);
    private static readonly PenaltyCalculator Penalties = new(Book.Shipped);
    private static readonly DemandRules Demands = new(Penalties, Interest, WorkingCalendars.Default);
    private static readonly CollectionRules Collection = new(Penalties, Interest, WorkingCalendars.Default);

    // 90,000.00 RUB due 20.04.2011 in three instalments of 30,000.00 due 20.05, 20.06 and 20.07.2011, granted 15.04.2011;
    // 8% a year to 02.05.2011 (Directive 2583-U), 8.25% from 03.05.2011 (2618-U).
    private static readonly Obligation Instalments =
        Deferred.Granted(new("d-1", new DateOnly(2011, 4, 20), 90_000m, 0, 0, 0, null), DeferralKind.Instalments, 3, new DateOnly(2011, 4, 15));

    [Fact]
    public void A_demand_for_a_missed_instalment_states_the_interest_accrued_to_its_day()
    {
        // Dispatched 30.05.2011, nothing paid: the first part (30,000.00, due 20.05) is arrears; penalty 21.05-30.05, 10 days
        // x 30,000.00 x 8.25% / 300 = 82.50. Interest 21.04-20.05 on 90,000.00: 12 days at 8% = 236.71, 18 days at 8.25% =
        // 366.16; 21.05-30.05 on the 60,000.00 of the later parts, 10 days at 8.25% = 135.62: 738.49.
        var demand = Demands.Issue(Instalments, new DateOnly(2011, 5, 25), new DateOnly(2011, 5, 30), DemandDelivery.Handed, 10);

        Assert.Equal((30_000m, 82.50m, 738.49m), (demand.PaymentsRub, demand.PenaltiesRub, demand.InterestRub));
    }

    [Fact]
    public void Interest_left_unpaid_is_demanded_only_after_the_day_following_the_last_term()
    {
        // Each instalment paid on its day without its interest. Interest charged at each payment: 602.87 to 20.05 (above);
        // 21.05-20.06 on 60,000.00, 31 days at 8.25% = 420.41; 21.06-20.07 on 30,000.00, 30 days at 8.25% = 203.42: 1,226.70.
        // Art. 336(2): payable "not later than the day following" 20.07, i.e. 21.07.2011.
        var paid = Instalments;
        foreach (var day in new[] { new DateOnly(2011, 5, 20), new DateOnly(2011, 6, 20), new DateOnly(2011, 7, 20) })
        {
            paid = paid.Pay(30_000m, day, Penalties, Interest).After;
        }

        var early = Assert.Throws<RuleViolationException>(() => Demands.Issue(paid, new DateOnly(2011, 7, 21), new DateOnly(2011, 7, 21), DemandDelivery.Handed, 10));
        var demand = Demands.Issue(paid, new DateOnly(2011, 7, 22), new DateOnly(2011, 7, 22), DemandDelivery.Handed, 10);

        Assert.Equal((0m, 1_226.70m), (paid.OutstandingRub, paid.InterestOutstandingRub));
        Assert.Equal("TERM_NOT_EXPIRED", early.Reason);
        Assert.Contains("2011-07-21", early.Message);
        Assert.Equal((0m, 0m, 1_226.70m), (demand.PaymentsRub, demand.PenaltiesRub, demand.InterestRub));
    }

    [Fact]
    public void Collection_takes_the_parts_past_their_terms_with_their_penalty_and_the_interest_not_the_parts_still_running()
    {
        // The demand of 30.05.2011 had to be met by 14.06.2011; collected from the advances on 15.06.2011. Arrears: the first
        // part only, 30,000.00 (the second is due 20.06). Penalty 21.05-15.06, 26 days x 8.25 = 214.50. Interest: 602.87 to
        // 20.05, then 21.05-15.06 on 60,000.00, 26 days at 8.25% = 352.60: 955.47. Owed 31,169.97; the advances hold 31,000.00:
        // the arrears first, the interest next (336(2)), the penalty after (349(7)): 44.53 of the penalty, 169.97 left.
        var demand = new DemandOnRecord(Guid.NewGuid(), "d-1", new DateOnly(2011, 5, 30), new DateOnly(2011, 6, 14));
        var order = new CollectionOrder("act-1", "d-1", demand.Id, CollectionSource.Advances, PayerKind.Organisation, new DateOnly(2011, 6, 15), "", false);

        var act = Collection.Decide(order, Instalments, demand, [], advancesRub: 31_000m);
        var (after, toPayments, toPenalties) = Instalments.Pay(act.CollectedRub, order.DecidedOn, Penalties, Interest);

        Assert.Equal((30_000m, 214.50m, 955.47m, 31_000m), (act.PaymentsRub, act.PenaltiesRub, act.InterestRub, act.CollectedRub));
        Assert.Equal(31_169.97m, act.OwedRub);
        Assert.Equal((30_000m, 44.53m, 955.47m), (toPayments, toPenalties, after.InterestPaidRub));
        Assert.Equal((60_000m, 169.97m, 0m), (after.OutstandingRub, after.PenaltyOutstandingRub, after.InterestOutstandingRub));
        Assert.Equal(new DateOnly(2011, 6, 20), after.NextDueDate);
    }
}
