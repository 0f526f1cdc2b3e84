using Customs.BuildingBlocks.Calendar;
using Customs.BuildingBlocks.Identity;
using Customs.IpRegister.Api.Domain.Suspensions;

namespace Customs.IpRegister.Tests.Domain;

/// <summary>
/// Art. 397(3): "the rights-holder shall bear responsibility for any property damage inflicted on the goods' declarant,
/// owner, recipient [...] as a result of suspension of the goods release procedures pursuant to this Chapter unless [...]
/// said goods (including their packaging and labels) have been found as counterfactual." A lift is never that finding.
/// </summary>
public sealed class HolderLiabilityTests
{
    private static readonly WorkingCalendar Russia = WorkingCalendars.Default.Russia;

    // Held Thu 5 March 2026; decide by Fri 6 March (the next working day).
    private static readonly DateOnly Thursday = new(2026, 3, 5);

    private static Suspension Held() => Suspension.Hold(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), [1], Suspensions.Context(), Thursday, Russia);

    private static Suspension Suspended()
    {
        var suspension = Held();
        suspension.Decide(new(SuspensionDecision.Suspend, new DateOnly(2026, 3, 6), "head-1", OfficerRole.Head, "No. 12"), 10, Russia);
        return suspension;
    }

    public static TheoryData<string> Lifts => ["expired", "holder_request", "entry_excluded", "no_decision", "decision_declined", "court_found_no_infringement"];

    [Theory]
    [MemberData(nameof(Lifts))]
    public void Every_lift_records_the_holders_liability(string how)
    {
        var suspension = how is "no_decision" or "decision_declined" ? Held() : Suspended();

        switch (how)
        {
            case "expired" or "no_decision":
                suspension.Expire();
                break;
            case "holder_request":
                suspension.Lift(LiftReason.HolderRequest, new DateOnly(2026, 3, 10));
                break;
            case "entry_excluded":
                suspension.Lift(LiftReason.EntryExcluded, new DateOnly(2026, 3, 10));
                break;
            case "decision_declined":
                suspension.Decide(new(SuspensionDecision.Decline, new DateOnly(2026, 3, 6), "head-1", OfficerRole.Head, "No. 13"), 10, Russia);
                break;
            default:
                suspension.RecordCourtDecision(counterfeit: false, "A40-1/2026", new DateOnly(2026, 3, 16));
                break;
        }

        Assert.Equal(SuspensionStatus.Lifted, suspension.Status);
        Assert.True(suspension.HolderLiableForDamage, how);
    }

    [Fact]
    public void Goods_found_counterfeit_leave_the_holder_free_of_liability_and_goods_still_stopped_are_not_yet_judged()
    {
        var seized = Suspended();
        seized.RecordCourtDecision(counterfeit: true, "A40-1/2026", new DateOnly(2026, 3, 16));

        Assert.False(seized.HolderLiableForDamage);
        Assert.False(Suspended().HolderLiableForDamage);
        Assert.False(Held().HolderLiableForDamage);
    }
}
