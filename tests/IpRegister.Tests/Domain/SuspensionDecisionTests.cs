using Customs.BuildingBlocks.Calendar;
using Customs.BuildingBlocks.Identity;
using Customs.IpRegister.Api.Domain.Calendars;
using Customs.IpRegister.Api.Domain.Suspensions;

namespace Customs.IpRegister.Tests.Domain;

/// <summary>Art. 397(1): a match holds the goods; the head of the office or the deputy decides in writing.</summary>
public sealed class SuspensionDecisionTests
{
    private static readonly WorkingCalendar Russia = WorkingCalendars.Default.Russia;

    // Fri 6 March 2026; Mon 9 March is the day off for Sun 8 March.
    private static readonly DateOnly Friday = new(2026, 3, 6);

    private static Suspension HeldOn(DateOnly day) =>
        Suspension.Hold(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), [1], Suspensions.Context(), day, Russia);

    private static WrittenDecision ByHead(SuspensionDecision decision, DateOnly on) => new(decision, on, "head-1", OfficerRole.Head, "No. 12/2026");

    [Fact]
    public void A_match_holds_the_goods_until_the_next_working_day_without_suspending_them()
    {
        var held = HeldOn(Friday);

        Assert.Equal(SuspensionStatus.Held, held.Status);
        Assert.Equal(new DateOnly(2026, 3, 10), held.DecideBy);
        Assert.Equal(new DateOnly(2026, 3, 11), held.LiftsOn);
        Assert.Null(held.NotifyPartiesBy);
        Assert.Null(held.Decision);
    }

    [Fact]
    public void The_ten_working_days_run_from_the_heads_decision_not_from_detection()
    {
        var suspension = HeldOn(Friday);

        suspension.Decide(ByHead(SuspensionDecision.Suspend, new DateOnly(2026, 3, 10)), 10, Russia);

        // From Tue 10 March: 11–13 (3), 16–20 (8), 23–24 (10).
        Assert.Equal(SuspensionStatus.Active, suspension.Status);
        Assert.Equal(new DateOnly(2026, 3, 10), suspension.SuspendedOn);
        Assert.Equal(Friday, suspension.DetectedOn);
        Assert.Equal(new DateOnly(2026, 3, 24), suspension.Until);
        Assert.Equal(new DateOnly(2026, 3, 11), suspension.NotifyPartiesBy);
        Assert.Equal(OfficerRole.Head, suspension.Decision!.Role);
    }

    [Fact]
    public void A_declined_hold_ends_the_same_day_and_the_goods_may_be_released()
    {
        var suspension = HeldOn(Friday);

        suspension.Decide(ByHead(SuspensionDecision.Decline, Friday), 10, Russia);

        Assert.Equal(SuspensionStatus.Lifted, suspension.Status);
        Assert.Equal(LiftReason.DecisionDeclined, suspension.LiftReason);
        Assert.Equal(Friday, suspension.EndedOn);
    }

    [Fact]
    public void A_hold_without_a_decision_lapses_the_day_after_the_decision_was_due()
    {
        var suspension = HeldOn(Friday);
        Assert.False(suspension.IsDueForLifting(new DateOnly(2026, 3, 10)));
        Assert.True(suspension.IsDueForLifting(new DateOnly(2026, 3, 11)));

        suspension.Expire();

        Assert.Equal(SuspensionStatus.Lifted, suspension.Status);
        Assert.Equal(LiftReason.NoDecision, suspension.LiftReason);
        Assert.Equal(new DateOnly(2026, 3, 11), suspension.EndedOn);
    }

    [Fact]
    public void A_decision_after_the_hold_lapsed_is_refused() =>
        Assert.Throws<SuspensionRuleException>(() => HeldOn(Friday).Decide(ByHead(SuspensionDecision.Suspend, new DateOnly(2026, 3, 11)), 10, Russia));

    [Fact]
    public void A_suspension_already_decided_cannot_be_decided_again()
    {
        var suspension = HeldOn(Friday);
        suspension.Decide(ByHead(SuspensionDecision.Suspend, Friday), 10, Russia);

        Assert.Throws<SuspensionRuleException>(() => suspension.Decide(ByHead(SuspensionDecision.Decline, Friday), 10, Russia));
    }

    [Fact]
    public void Held_goods_cannot_be_given_an_extension_before_the_decision() =>
        Assert.Throws<SuspensionRuleException>(() => HeldOn(Friday).Extend(10, "Claim A40-1/2026", 10, Russia, Friday));

    [Fact]
    public void The_holder_may_withdraw_while_the_goods_are_held()
    {
        var suspension = HeldOn(Friday);

        suspension.Lift(LiftReason.HolderRequest, Friday);

        Assert.Equal(SuspensionStatus.Lifted, suspension.Status);
    }

    [Fact]
    public void A_court_finding_counterfeit_seizes_held_goods()
    {
        var suspension = HeldOn(Friday);

        suspension.RecordCourtDecision(counterfeit: true, "A40-9/2026", Friday);

        Assert.Equal(SuspensionStatus.Seized, suspension.Status);
    }

    [Theory]
    [InlineData(Jurisdiction.Russia, true)]
    [InlineData(Jurisdiction.China, false)]
    public void Only_the_Russian_rules_hold_goods_for_the_heads_decision_while_GAC_Art_21_suspends_at_once(Jurisdiction jurisdiction, bool needsDecision) =>
        Assert.Equal(needsDecision, SuspensionTerms.For(jurisdiction, Friday).NeedsHeadDecision);
}
