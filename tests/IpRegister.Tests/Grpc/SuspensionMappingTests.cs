using Customs.BuildingBlocks.Calendar;
using Customs.IpRegister.Api.Domain.Applications;
using Customs.IpRegister.Api.Domain.Suspensions;
using Customs.IpRegister.Api.Grpc;
using Customs.IpRegister.Tests.Domain;

namespace Customs.IpRegister.Tests.Grpc;

public sealed class SuspensionMappingTests
{
    private static readonly WorkingCalendar Russia = WorkingCalendars.Default.Russia;

    private static Suspension SuspendOn(DateOnly day, ApplicantCapacity capacity = ApplicantCapacity.RightHolder) =>
        Suspension.Suspend(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), [1], Suspensions.Context(capacity), day, 10, Russia);

    [Fact]
    public void A_term_counted_into_a_year_without_its_calendar_act_is_answered_as_provisional()
    {
        // Thu 24 Dec 2026 + 10 working days ends Mon 18 Jan 2027, counted without a decree for 2027 (SuspensionTests).
        var provisional = SuspensionMapping.ToProto(SuspendOn(new DateOnly(2026, 12, 24)));
        var settled = SuspensionMapping.ToProto(SuspendOn(new DateOnly(2026, 3, 2)));

        Assert.Equal((2027, 1, 18, true), (provisional.SuspendedUntil.Year, provisional.SuspendedUntil.Month, provisional.SuspendedUntil.Day, provisional.UntilProvisional));
        Assert.False(settled.UntilProvisional);
    }

    [Fact]
    public void The_office_and_both_parties_come_from_what_the_suspension_recorded()
    {
        var proto = SuspensionMapping.ToProto(SuspendOn(new DateOnly(2026, 3, 2), ApplicantCapacity.Importer));

        Assert.Equal(("10005000", "RU", Customs.IpRegister.V1.ApplicantCapacity.Importer), (proto.CustomsOfficeCode, proto.Jurisdiction, proto.ApplicantCapacity));
        Assert.Equal((Suspensions.Holder.Name, Suspensions.Declarant.Address), (proto.RightHolder.Name, proto.Declarant.Address));
    }
}
