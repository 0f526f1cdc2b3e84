using Customs.BuildingBlocks.Calendar;
using Customs.IpRegister.Api.Domain.Suspensions;

namespace Customs.IpRegister.Tests.Domain;

/// <summary>
/// Art. 399(1): "In case the authorities duly empowered in accordance with the Russian legislation have not enacted the
/// goods withdrawal, sequester or confiscation prior to the expiry of the term of suspension of said goods release, the
/// resolution suspending the release of said goods shall be revoked on the day following the date of expiry".
/// </summary>
public sealed class SeizureTests
{
    private static readonly WorkingCalendar Russia = WorkingCalendars.Default.Russia;

    // Mon 2 March 2026 + 10 working days: Tue 17 March (9 March is the day off for Sun 8 March); it would lift Wed 18 March.
    private static Suspension Suspended() =>
        Suspension.Suspend(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), [1], Suspensions.Context(), new DateOnly(2026, 3, 2), 10, Russia);

    [Theory]
    [InlineData(SeizureAct.AdministrativeSeizure)]
    [InlineData(SeizureAct.Confiscation)]
    public void An_act_of_an_authority_on_the_last_day_of_the_term_stops_the_lift_and_is_recorded_as_what_it_is(SeizureAct act)
    {
        var suspension = Suspended();

        suspension.RecordSeizure(act, "OMVD Presnensky", "Protocol 77-1/2026", new DateOnly(2026, 3, 17));

        Assert.Equal((SuspensionStatus.Seized, act), (suspension.Status, suspension.SeizureAct));
        Assert.Equal(("OMVD Presnensky", "Protocol 77-1/2026"), (suspension.SeizingAuthority, suspension.SeizureReference));
        Assert.False(suspension.IsDueForLifting(new DateOnly(2026, 3, 18)));
        Assert.Null(suspension.CourtDecisionReference); // not a court's finding of counterfeit (Art. 397(3))
        Assert.False(suspension.HolderLiableForDamage);
    }

    [Fact]
    public void An_act_enacted_after_the_term_expired_does_not_stop_the_lift()
    {
        var afterTheTerm = Suspended();
        var lifted = Suspended();
        lifted.Expire();

        Assert.Throws<SuspensionRuleException>(() => afterTheTerm.RecordSeizure(SeizureAct.Confiscation, "Court", "5-1/2026", new DateOnly(2026, 3, 18)));
        Assert.Throws<SuspensionRuleException>(() => lifted.RecordSeizure(SeizureAct.AdministrativeSeizure, "Police", "P-1", new DateOnly(2026, 3, 17)));
    }

    [Fact]
    public void A_courts_finding_of_counterfeit_is_recorded_as_a_court_decision()
    {
        var suspension = Suspended();

        suspension.RecordCourtDecision(counterfeit: true, "A40-1/2026", new DateOnly(2026, 3, 16));

        Assert.Equal((SeizureAct.CourtDecision, "A40-1/2026"), (suspension.SeizureAct, suspension.SeizureReference));
    }
}
