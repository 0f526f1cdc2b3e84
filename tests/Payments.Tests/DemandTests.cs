using Customs.BuildingBlocks.Calendar;
using Customs.Payments.Api.Domain.Demands;
using Customs.Payments.Api.Domain.Interest;
using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Penalties;
using Customs.ServiceDefaults;

namespace Customs.Payments.Tests;

/// <summary>
/// Art. 350: the demand states the amounts "as per the day of issuance"; it goes out "not later than in ten days from the
/// day when the customs authorities reveal the fact of non-payment"; it is met within "not less than ten and not more
/// than twenty working days beginning from the date of receipt"; by registered mail it is "regarded as received after six
/// days following its dispatch".
/// </summary>
public sealed class DemandTests
{
    private static readonly DemandRules Rules = new(new PenaltyCalculator(Book.Shipped), new InterestCalculator(Book.Shipped), WorkingCalendars.Default);

    private static readonly Obligation Owing = new("d-1", new DateOnly(2011, 4, 20), 100_000m, 0, 0, 0, null);

    [Fact]
    public void A_demand_by_registered_mail_counts_as_received_six_days_later_and_runs_in_working_days()
    {
        // Dispatched Wednesday 27.04.2011: penalty 21.04-27.04, 7 days at 8%: 100,000 x 8% / 300 x 7 = 186.666... -> 186.67.
        // Received 03.05 (27.04 + 6). 10 working days after it, without 09.05 (Victory Day, a Monday): 04, 05, 06, 10, 11,
        // 12, 13, 16, 17, 18 May -> 18.05.2011.
        var demand = Rules.Issue(Owing, new DateOnly(2011, 4, 25), new DateOnly(2011, 4, 27), DemandDelivery.RegisteredMail, 10);

        Assert.Equal((100_000m, 186.67m), (demand.PaymentsRub, demand.PenaltiesRub));
        Assert.Equal(new DateOnly(2011, 5, 3), demand.ReceivedOn);
        Assert.Equal(new DateOnly(2011, 5, 18), demand.MeetBy);
        Assert.False(demand.DispatchedLate);
    }

    [Fact]
    public void A_demand_dispatched_more_than_ten_days_after_the_discovery_is_flagged_late()
    {
        var demand = Rules.Issue(Owing, new DateOnly(2011, 4, 21), new DateOnly(2011, 5, 4), DemandDelivery.Handed, 10);

        Assert.True(demand.DispatchedLate);
        Assert.Equal(demand.DispatchedOn, demand.ReceivedOn);
    }

    [Fact]
    public void No_demand_before_the_term_of_payment_has_run_out()
    {
        var error = Assert.Throws<RuleViolationException>(() => Rules.Issue(Owing, new DateOnly(2011, 4, 20), new DateOnly(2011, 4, 20), DemandDelivery.Handed, 10));

        Assert.Equal("TERM_NOT_EXPIRED", error.Reason);
    }
}
