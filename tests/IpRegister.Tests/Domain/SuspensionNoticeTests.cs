using Customs.BuildingBlocks.Calendar;
using Customs.BuildingBlocks.Identity;
using Customs.IpRegister.Api.Domain.Applications;
using Customs.IpRegister.Api.Domain.Notices;
using Customs.IpRegister.Api.Domain.Suspensions;

namespace Customs.IpRegister.Tests.Domain;

/// <summary>Art. 397(2): both parties are notified no later than the day following the suspension, each told of the other.</summary>
public sealed class SuspensionNoticeTests
{
    private static readonly WorkingCalendar Russia = WorkingCalendars.Default.Russia;

    private static readonly PartyDetails Declarant = Suspensions.Declarant;

    private static readonly PartyDetails Holder = Suspensions.Holder;

    private static Suspension HeldOn(DateOnly day) => Suspension.Hold(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), [1, 3], Suspensions.Context(), day, Russia);

    [Fact]
    public void Each_party_is_told_the_others_name_and_address_by_the_day_after_the_decision_to_suspend()
    {
        // Decided on Fri 6 March 2026: notices due Sat 7 March, the day following, working day or not.
        var suspension = HeldOn(new DateOnly(2026, 3, 5));
        suspension.Decide(new(SuspensionDecision.Suspend, new DateOnly(2026, 3, 6), "head-1", OfficerRole.Head, "No. 12"), 10, Russia);

        var notices = SuspensionNotice.For(suspension, "reasons");

        var toDeclarant = Assert.Single(notices, n => n.Addressee == SuspensionParty.Declarant);
        var toHolder = Assert.Single(notices, n => n.Addressee == SuspensionParty.RightHolder);
        Assert.Equal((Declarant, Holder), (toDeclarant.To, toDeclarant.OtherParty));
        Assert.Equal((Holder, Declarant), (toHolder.To, toHolder.OtherParty));
        Assert.All(notices, n => Assert.Equal(new DateOnly(2026, 3, 7), n.DueBy));
        Assert.All(notices, n => Assert.Equal((new DateOnly(2026, 3, 6), suspension.Until), (n.SuspendedOn, n.SuspendedUntil)));
    }

    [Fact]
    public void No_notice_is_written_for_goods_only_held_pending_the_decision() =>
        Assert.Throws<SuspensionRuleException>(() => SuspensionNotice.For(HeldOn(new DateOnly(2026, 3, 5)), "reasons"));

    [Fact]
    public void The_reasons_name_the_object_the_items_and_the_legal_basis() =>
        Assert.Equal(
            "Signs of infringement of XIAOMI (RU 123456), entered in the customs register, on goods items 1, 3; Customs Code Art. 397(1).",
            SuspensionNotice.ReasonsFor("XIAOMI", "RU 123456", [1, 3], "Customs Code Art. 397(1)"));

    /// <summary>
    /// Art. 397(2): "the declarant is informed of the name [...] and the address details of the rights-holder (his / or her
    /// representative)"; Art. 394(1): the statement "may be made on the rights-holder's behalf or his (or her) representative".
    /// In 2017 an importer's entry was described to a declarant as "an authorized representative of the copyright holder".
    /// </summary>
    [Theory]
    [InlineData(ApplicantCapacity.Importer,
        "The object was entered in the register on the application of Grey Distribution LLC (Moscow, Lesnaya 9), acting as an importer.")]
    [InlineData(ApplicantCapacity.Representative,
        "The object was entered in the register on the application of Grey Distribution LLC (Moscow, Lesnaya 9), acting as the right-holder's representative.")]
    [InlineData(ApplicantCapacity.RightHolder,
        "The object was entered in the register on the application of the right-holder itself, XIAOMI Holdings (Beijing, Haidian, Xiaomi Campus).")]
    public void The_notice_names_the_applicant_in_the_capacity_recorded_with_its_name_and_address(ApplicantCapacity capacity, string statement)
    {
        var suspension = Suspension.Hold(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), [1], Suspensions.Context(capacity), new DateOnly(2026, 3, 5), Russia);
        suspension.Decide(new(SuspensionDecision.Suspend, new DateOnly(2026, 3, 6), "head-1", OfficerRole.Head, "No. 12"), 10, Russia);

        var toDeclarant = Assert.Single(SuspensionNotice.For(suspension, "reasons"), n => n.Addressee == SuspensionParty.Declarant);

        Assert.Equal(capacity, toDeclarant.ApplicantCapacity);
        Assert.Equal(statement, toDeclarant.ApplicantStatement);
    }
}
