using Customs.BuildingBlocks.Calendar;
using Customs.BuildingBlocks.Identity;
using Customs.IpRegister.Api.Domain.Inspections;
using Customs.IpRegister.Api.Domain.Notices;
using Customs.IpRegister.Api.Domain.Suspensions;

namespace Customs.IpRegister.Tests.Domain;

/// <summary>
/// Art. 398(1): "Upon a written permission issues by the customs office in charge, the rights-holder and the declarant
/// (their representatives) have the right to take samples and specimens of the goods under customs control whose release
/// has been suspended": the permission lasts while the release is suspended, the extension of Art. 397(1) included.
/// </summary>
public sealed class InspectionPermissionTermTests
{
    private static readonly WorkingCalendar Russia = WorkingCalendars.Default.Russia;

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
