using Customs.BuildingBlocks.Calendar;
using Customs.IpRegister.Api.Domain.Calendars;
using Customs.IpRegister.Api.Domain.Suspensions;

namespace Customs.IpRegister.Tests.Domain;

public sealed class SuspensionTermsTests
{
    [Fact]
    public void A_Russian_office_suspends_for_ten_working_days_extendable_by_ten() =>
        Assert.Equal((10, 10), Terms(Jurisdiction.Russia));

    [Fact]
    public void A_Chinese_office_waits_three_working_days_for_the_holder_and_grants_no_extension() =>
        // GAC Arts. 22, 29: the 3 working days run from the notice's delivery, the 50 from detaining; neither is extended.
        Assert.Equal((3, 0), Terms(Jurisdiction.China));

    [Fact]
    public void Each_jurisdiction_counts_working_days_on_its_own_calendar()
    {
        var calendars = new JurisdictionCalendars(WorkingCalendars.Default);
        var springFestivalSaturday = new DateOnly(2026, 2, 14);   // an adjusted working day in China
        var defenderOfTheFatherland = new DateOnly(2026, 2, 23);  // a Russian holiday, a Chinese Spring Festival day off
        Assert.True(calendars.For(Jurisdiction.China).IsWorkingDay(springFestivalSaturday));
        Assert.False(calendars.For(Jurisdiction.Russia).IsWorkingDay(springFestivalSaturday));
        Assert.False(calendars.For(Jurisdiction.Russia).IsWorkingDay(defenderOfTheFatherland));
        Assert.False(calendars.For(Jurisdiction.China).IsWorkingDay(defenderOfTheFatherland));
    }

    private static (int, int) Terms(Jurisdiction jurisdiction)
    {
        var terms = SuspensionTerms.For(jurisdiction, new DateOnly(2026, 3, 2));
        return (terms.InitialWorkingDays, terms.MaxExtensionWorkingDays);
    }
}
