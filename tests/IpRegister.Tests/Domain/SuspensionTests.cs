using Customs.BuildingBlocks.Calendar;
using Customs.BuildingBlocks.Identity;
using Customs.IpRegister.Api.Domain.Suspensions;

namespace Customs.IpRegister.Tests.Domain;

public sealed class SuspensionTests
{
    private static readonly WorkingCalendar Russia = WorkingCalendars.Default.Russia;

    private static readonly DateOnly Day = new(2026, 3, 5);

    private static Suspension SuspendOn(DateOnly day) =>
        Suspension.Suspend(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), [1], Suspensions.Context(), day, 10, Russia);

    [Fact]
    public void Release_is_suspended_for_ten_working_days_skipping_the_moved_8_March_holiday()
    {
        // Mon 2 March 2026: 3–6 March (4), Mon 9 March is the day off for Sun 8 March, 10–13 (8), 16–17 (10).
        var suspension = SuspendOn(new DateOnly(2026, 3, 2));
        Assert.Equal(new DateOnly(2026, 3, 17), suspension.Until);
        Assert.Equal(new DateOnly(2026, 3, 18), suspension.LiftsOn);
    }

    [Fact]
    public void Ten_working_days_before_the_May_holidays_end_on_12_May()
    {
        // Fri 24 April: 27–30 April (4), 1 May off, 4–8 May (9), Mon 11 May is the day off for Sat 9 May, 12 May (10).
        Assert.Equal(new DateOnly(2026, 5, 12), SuspendOn(new DateOnly(2026, 4, 24)).Until);
    }

    [Fact]
    public void A_term_that_runs_into_a_year_without_its_calendar_decree_is_provisional()
    {
        // Thu 24 Dec 2026: 25, 28, 29, 30 Dec (4); 31 Dec off (Decree No. 1466 of 24.09.2025); 1-8 Jan 2027 holidays
        // (Labour Code Art. 112(1)); 11-15 Jan (9), Mon 18 Jan (10). No decree for 2027 is loaded: provisional.
        var suspension = SuspendOn(new DateOnly(2026, 12, 24));

        Assert.Equal(new DateOnly(2027, 1, 18), suspension.Until);
        Assert.True(suspension.UntilProvisional);
        Assert.False(SuspendOn(new DateOnly(2026, 3, 2)).UntilProvisional);
    }

    [Fact]
    public void An_extension_into_a_year_without_its_decree_makes_the_term_provisional()
    {
        // Mon 7 Dec 2026 + 10 working days = Mon 21 Dec; 10 more: 22-25, 28-30 Dec (7), 11-13 Jan 2027 (10).
        var suspension = SuspendOn(new DateOnly(2026, 12, 7));
        Assert.False(suspension.UntilProvisional);

        suspension.Extend(10, "Claim A40-9/2026", 10, Russia, new DateOnly(2026, 12, 18));

        Assert.Equal(new DateOnly(2027, 1, 13), suspension.Until);
        Assert.True(suspension.UntilProvisional);
    }

    [Fact]
    public void Declarant_and_holder_are_notified_no_later_than_the_next_day() =>
        Assert.Equal(new DateOnly(2026, 3, 3), SuspendOn(new DateOnly(2026, 3, 2)).NotifyPartiesBy);

    [Fact]
    public void A_motivated_request_extends_by_ten_more_working_days()
    {
        var suspension = SuspendOn(new DateOnly(2026, 3, 2));
        suspension.Extend(10, "Claim A40-1/2026 at the Moscow Arbitration Court", 10, Russia, new DateOnly(2026, 3, 16));
        // From 17 March: 18–20 (3), 23–27 (8), 30–31 (10).
        Assert.Equal(new DateOnly(2026, 3, 31), suspension.Until);
    }

    [Fact]
    public void No_more_than_ten_extra_working_days_are_granted_in_all()
    {
        var suspension = SuspendOn(new DateOnly(2026, 3, 2));
        suspension.Extend(6, "Claim 1", 10, Russia, Day);
        Assert.Throws<SuspensionRuleException>(() => suspension.Extend(5, "Claim 1", 10, Russia, Day));
        suspension.Extend(4, "Claim 1", 10, Russia, Day);
        Assert.Equal(10, suspension.ExtendedWorkingDays);
    }

    [Fact]
    public void An_extension_of_the_largest_number_of_days_after_one_already_granted_is_refused_not_overflowed()
    {
        var suspension = SuspendOn(new DateOnly(2026, 3, 2));
        suspension.Extend(1, "Claim 1", 10, Russia, Day);

        Assert.Throws<SuspensionRuleException>(() => suspension.Extend(int.MaxValue, "Claim 1", 10, Russia, Day));
        Assert.Equal(1, suspension.ExtendedWorkingDays);
    }

    [Fact]
    public void An_extension_keeps_the_written_decision_of_the_head_or_deputy()
    {
        var suspension = SuspendOn(new DateOnly(2026, 3, 2));
        var decision = new ExtensionDecision(Day, "deputy-2", OfficerRole.DeputyHead, "Decision No. 14/2026");

        suspension.Extend(5, "Claim 1", 10, Russia, Day, decision);

        Assert.Equal(decision, suspension.ExtensionDecision);
    }

    [Fact]
    public void An_extension_needs_the_holders_application_to_the_competent_authority() =>
        Assert.Throws<SuspensionRuleException>(() => SuspendOn(new DateOnly(2026, 3, 2)).Extend(10, " ", 10, Russia, Day));

    [Fact]
    public void A_suspension_whose_term_has_run_cannot_be_extended() =>
        Assert.Throws<SuspensionRuleException>(() => SuspendOn(new DateOnly(2026, 3, 2)).Extend(10, "Claim 1", 10, Russia, new DateOnly(2026, 3, 18)));

    [Fact]
    public void The_suspension_is_lifted_the_day_after_expiry_not_on_the_last_day()
    {
        var suspension = SuspendOn(new DateOnly(2026, 3, 2));
        Assert.False(suspension.IsDueForLifting(new DateOnly(2026, 3, 17)));
        Assert.True(suspension.IsDueForLifting(new DateOnly(2026, 3, 18)));
        Assert.Throws<SuspensionRuleException>(() => suspension.Lift(LiftReason.Expired, new DateOnly(2026, 3, 17)));
        suspension.Lift(LiftReason.Expired, new DateOnly(2026, 3, 18));
        Assert.Equal(SuspensionStatus.Lifted, suspension.Status);
    }

    [Fact]
    public void The_holder_may_ask_for_an_early_lifting()
    {
        var suspension = SuspendOn(new DateOnly(2026, 3, 2));
        suspension.Lift(LiftReason.HolderRequest, new DateOnly(2026, 3, 4));
        Assert.Equal(new DateOnly(2026, 3, 4), suspension.EndedOn);
    }

    [Fact]
    public void Goods_a_court_finds_counterfeit_are_seized_and_never_lifted_on_expiry()
    {
        var suspension = SuspendOn(new DateOnly(2026, 3, 2));
        suspension.RecordCourtDecision(counterfeit: true, "A40-1/2026", new DateOnly(2026, 3, 16));
        Assert.Equal(SuspensionStatus.Seized, suspension.Status);
        Assert.False(suspension.IsDueForLifting(new DateOnly(2026, 4, 1)));
        Assert.False(suspension.HolderLiableForDamage);
    }

    [Fact]
    public void Goods_a_court_finds_not_counterfeit_are_released_and_the_holder_is_liable()
    {
        var suspension = SuspendOn(new DateOnly(2026, 3, 2));
        suspension.RecordCourtDecision(counterfeit: false, "A40-1/2026", new DateOnly(2026, 3, 16));
        Assert.Equal(SuspensionStatus.Lifted, suspension.Status);
        Assert.Equal(LiftReason.CourtFoundNoInfringement, suspension.LiftReason);
        Assert.True(suspension.HolderLiableForDamage);
    }

    [Theory]
    [InlineData("head", true)]
    [InlineData("deputy_head", true)]
    [InlineData("inspector", false)]
    [InlineData("officer", false)]
    [InlineData(null, false)]
    public void Only_the_head_of_the_office_or_the_deputy_decides_on_suspensions(string? header, bool allowed) =>
        Assert.Equal(allowed, SuspensionAuthority.MayDecide(OfficerRoles.Parse(header)));
}
