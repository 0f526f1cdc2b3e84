using Customs.ServiceDefaults;
using Customs.BuildingBlocks.Calendar;
using Customs.BuildingBlocks.Identity;
using Customs.IpRegister.Api.Domain.Inspections;
using Customs.IpRegister.Api.Domain.Notices;
using Customs.IpRegister.Api.Domain.Suspensions;

namespace Customs.IpRegister.Tests.Domain;

/// <summary>Art. 398: written permission to sample and inspect suspended goods; what the grantee learns is confidential.</summary>
public sealed class InspectionPermissionTests
{
    private static readonly WorkingCalendar Russia = WorkingCalendars.Default.Russia;

    private static readonly DateOnly Day = new(2026, 3, 2);

    private static Suspension Held() => Suspension.Hold(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), [1], Suspensions.Context(), Day, Russia);

    private static Suspension Suspended()
    {
        var suspension = Held();
        suspension.Decide(new(SuspensionDecision.Suspend, Day, "head-1", OfficerRole.Head, "No. 12"), 10, Russia);
        return suspension;
    }

    private static InspectionPermission Grant(Suspension suspension, DateOnly on, OfficerRole role = OfficerRole.Inspector, SuspensionParty party = SuspensionParty.RightHolder) =>
        InspectionPermission.Grant(
            Guid.NewGuid(), suspension, party, " Petrov P. P., attorney ", [InspectionAction.Inspect, InspectionAction.TakeSamples, InspectionAction.Inspect],
            "Permission 15-27/77", on, "officer-7", role);

    [Fact]
    public void An_officer_permits_the_holder_to_sample_and_inspect_while_the_suspension_runs_on_confidentiality()
    {
        var suspension = Suspended();

        var permission = Grant(suspension, Day.AddDays(1));

        Assert.Equal([InspectionAction.TakeSamples, InspectionAction.Inspect], permission.Actions);
        Assert.Equal("Petrov P. P., attorney", permission.GranteeName);
        Assert.Equal(suspension.Until, permission.ValidUntil);
        Assert.Contains("398(3)", permission.ConfidentialityCondition);
        Assert.Contains("right-holder", permission.ConfidentialityCondition);
        Assert.Contains("third part", permission.ConfidentialityCondition);
    }

    [Fact]
    public void The_declarants_permission_binds_the_declarant_to_confidentiality() =>
        Assert.Contains("declarant", Grant(Suspended(), Day, party: SuspensionParty.Declarant).ConfidentialityCondition);

    [Fact]
    public void Goods_only_held_pending_the_decision_are_not_yet_open_to_sampling() =>
        Assert.Throws<SuspensionRuleException>(() => Grant(Held(), Day));

    [Fact]
    public void No_permission_is_given_once_the_suspension_term_has_run()
    {
        var suspension = Suspended();
        Assert.Throws<SuspensionRuleException>(() => Grant(suspension, suspension.Until.AddDays(1)));
    }

    [Fact]
    public void A_caller_without_an_officers_role_cannot_grant() =>
        Assert.Throws<PermissionDeniedException>(() => Grant(Suspended(), Day, OfficerRole.Unspecified));

    /// <summary>
    /// Art. 398(1): "the rights-holder and the declarant (their representatives) have the right to take samples and
    /// specimens of the goods under customs control whose release has been suspended": the permission lasts while the
    /// release is suspended, the extension of Art. 397(1) included.
    /// </summary>
    [Fact]
    public void A_permission_runs_to_the_end_of_the_term_and_then_to_the_end_of_the_extension()
    {
        // Suspended Mon 2 March 2026: 10 working days end Tue 17 March (9 March is the day off for Sun 8 March).
        var suspension = Suspension.Suspend(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), [1], Suspensions.Context(), new DateOnly(2026, 3, 2), 10, Russia);
        var permission = InspectionPermission.Grant(
            Guid.NewGuid(), suspension, SuspensionParty.RightHolder, "Petrov P. P.", [InspectionAction.TakeSamples], "15-27/77",
            new DateOnly(2026, 3, 3), "inspector-7", OfficerRole.Inspector);

        // Extended on Mon 16 March by 10 more working days: 18-20, 23-27, 30-31 March: Tue 31 March.
        suspension.Extend(10, "Claim A40-1/2026", 10, Russia, new DateOnly(2026, 3, 16));

        Assert.Equal(new DateOnly(2026, 3, 17), permission.ValidUntil);
        Assert.Equal(new DateOnly(2026, 3, 31), InspectionPermission.ValidUntilFor(suspension));
    }
}
