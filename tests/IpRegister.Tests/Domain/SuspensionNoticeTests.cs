using Customs.BuildingBlocks.Calendar;
using Customs.BuildingBlocks.Identity;
using Customs.IpRegister.Api.Domain.Notices;
using Customs.IpRegister.Api.Domain.Suspensions;

namespace Customs.IpRegister.Tests.Domain;

/// <summary>Art. 397(2): both parties are notified no later than the day following the suspension, each told of the other.</summary>
public sealed class SuspensionNoticeTests
{
    private static readonly WorkingCalendar Russia = WorkingCalendars.Default.Russia;

    private static readonly PartyDetails Declarant = new("Grey Imports LLC", "Orenburg, Sovetskaya 5");

    private static readonly PartyDetails Holder = new("XIAOMI Holdings", "Beijing, Haidian, Xiaomi Campus");

    private static Suspension HeldOn(DateOnly day) => Suspension.Hold(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), [1, 3], day, Russia);

    [Fact]
    public void Each_party_is_told_the_others_name_and_address_by_the_day_after_the_decision_to_suspend()
    {
        // Decided on Fri 6 March 2026: notices due Sat 7 March, the day following, working day or not.
        var suspension = HeldOn(new DateOnly(2026, 3, 5));
        suspension.Decide(new(SuspensionDecision.Suspend, new DateOnly(2026, 3, 6), "head-1", OfficerRole.Head, "No. 12"), 10, Russia);

        var notices = SuspensionNotice.For(suspension, Declarant, Holder, "reasons");

        var toDeclarant = Assert.Single(notices, n => n.Addressee == SuspensionParty.Declarant);
        var toHolder = Assert.Single(notices, n => n.Addressee == SuspensionParty.RightHolder);
        Assert.Equal((Declarant, Holder), (toDeclarant.To, toDeclarant.OtherParty));
        Assert.Equal((Holder, Declarant), (toHolder.To, toHolder.OtherParty));
        Assert.All(notices, n => Assert.Equal(new DateOnly(2026, 3, 7), n.DueBy));
        Assert.All(notices, n => Assert.Equal((new DateOnly(2026, 3, 6), suspension.Until), (n.SuspendedOn, n.SuspendedUntil)));
    }

    [Fact]
    public void No_notice_is_written_for_goods_only_held_pending_the_decision() =>
        Assert.Throws<SuspensionRuleException>(() => SuspensionNotice.For(HeldOn(new DateOnly(2026, 3, 5)), Declarant, Holder, "reasons"));

    [Fact]
    public void The_reasons_name_the_object_the_items_and_the_legal_basis() =>
        Assert.Equal(
            "Signs of infringement of XIAOMI (RU 123456), entered in the customs register, on goods items 1, 3; Customs Code Art. 397(1).",
            SuspensionNotice.ReasonsFor("XIAOMI", "RU 123456", [1, 3], "Customs Code Art. 397(1)"));
}
