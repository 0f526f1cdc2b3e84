using Customs.TestSupport;
using Customs.BuildingBlocks.Calendar;
using Customs.IpRegister.Api.Domain.Suspensions;

namespace Customs.IpRegister.Tests.Domain;

/// <summary>
/// Art. 397(1): "for a period of ten working days", extendable "for no more than ten working days". A term counted
/// across 2027 without its decree is provisional; counted again once the year's act is loaded.
/// </summary>
public sealed class SuspensionTermRecountTests
{
    [Fact]
    public void A_suspension_and_its_extension_are_counted_again_as_one_term_from_the_day_of_suspension()
    {
        var suspendedOn = new DateOnly(2026, 12, 28); // Monday
        var provisional = WorkingCalendars.Default.Russia.Term(WorkingCalendars.Default.Russia.Term(suspendedOn, 10).End, 5);

        var recounted = SuspensionTermRecount.Recount(SuspensionStatus.Active, suspendedOn, suspendedOn, 10, 5, TestCalendars.RussiaWithAct2027());

        // Statute alone: Tue 29, Wed 30 Dec (2); 31 Dec off (Decree No. 1466); 1-8 Jan off (Art. 112(1)); Mon 11-Fri 15 Jan (7),
        // Mon 18-Wed 20 (10): the ten days end Wed 20 Jan; five more: 21, 22, 25, 26, 27 Jan. With 11 Jan off: 12-15 Jan (6),
        // 18-22 (11), 25-28 (15): Thu 28 Jan.
        Assert.Equal(new DateOnly(2027, 1, 27), provisional.End);
        Assert.True(provisional.IsProvisional);
        Assert.Equal(new DateOnly(2027, 1, 28), recounted.End);
        Assert.False(recounted.IsProvisional);
    }

    [Fact]
    public void A_hold_is_counted_again_as_one_working_day_after_detection()
    {
        // Detected Wed 30 Dec 2026: the next working day is Mon 11 Jan by the statute, Tue 12 Jan with the 2027 act.
        var detected = new DateOnly(2026, 12, 30);

        Assert.Equal(new DateOnly(2027, 1, 11), SuspensionTermRecount.Recount(SuspensionStatus.Held, detected, detected, 10, 0, WorkingCalendars.Default.Russia).End);
        Assert.Equal(new DateOnly(2027, 1, 12), SuspensionTermRecount.Recount(SuspensionStatus.Held, detected, detected, 10, 0, TestCalendars.RussiaWithAct2027()).End);
    }
}
