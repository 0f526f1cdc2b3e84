using Customs.BuildingBlocks.Calendar;
using Customs.IpRegister.Api.Domain;
using Customs.IpRegister.Api.Domain.Applications;
using Customs.IpRegister.Api.Domain.China;
using Customs.IpRegister.Api.Domain.Notices;
using Customs.IpRegister.Api.Domain.Suspensions;

namespace Customs.IpRegister.Tests.Domain;

/// <summary>
/// A suspension at a Chinese office follows the GAC procedure's stages (Arts. 21-29), counted by the State Council's
/// 2026 notice: Spring Festival 15-23 Feb off, Sat 14 and Sat 28 Feb working days; Qingming 4-6 Apr; Labour Day 1-5 May,
/// Sat 9 May working.
/// </summary>
public sealed class GacProcedureTests
{
    private static readonly WorkingCalendar China = WorkingCalendars.Default.China;

    private static readonly DateOnly Detected = new(2026, 2, 11); // Wednesday

    internal static Suspension Suspended() => Suspension.Suspend(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), [1],
        new SuspensionContext("CN5100/110226/0000001", "CN5100", WorkingCalendars.ChinaCode, ApplicantCapacity.RightHolder,
            Suspensions.Holder, Suspensions.Declarant, Suspensions.Holder),
        Detected, 3, China);

    [Fact]
    public void The_suspension_runs_to_the_end_of_the_holders_3_working_days_from_the_notices_delivery()
    {
        var suspension = Suspended();
        // Art. 22: "within 3 working days from the date of delivery of the customs written notice". Delivered Fri 13 Feb:
        // Sat 14 (1), 15-23 off, Tue 24 (2), Wed 25 Feb (3). Counted from detection it would have ended Sat 14 Feb.
        var delivered = ChinaDetention.NoticeDelivered(new DateOnly(2026, 2, 13), China, "GZ-2026-17");

        suspension.RunUntil(delivered.TermEnd, delivered.IsProvisional);

        Assert.Equal(new DateOnly(2026, 2, 14), Suspended().Until);
        Assert.Equal(new DateOnly(2026, 2, 25), suspension.Until);
        Assert.Equal(new DateOnly(2026, 2, 26), suspension.LiftsOn);
    }

    [Fact]
    public void Once_detained_the_suspension_runs_fifty_working_days_from_the_day_of_detaining_not_from_the_end_of_the_3_days()
    {
        var suspension = Suspended();
        var detention = ChinaDetention.NoticeDelivered(new DateOnly(2026, 2, 13), China);

        // Applied Tue 24 Feb, a day before its 3 working days end, with RMB 10,000 for goods of RMB 10,000 (Art. 23(1)).
        detention.ApplyToDetain(new DateOnly(2026, 2, 24), IpObjectKind.Trademark, Money.Cny(10_000m), Money.Cny(10_000m), null, China);
        suspension.RunUntil(detention.TermEnd, detention.IsProvisional);

        // Art. 29, 50 working days from Tue 24 Feb: 25, 26, 27, Sat 28 Feb (4), 2-27 Mar (24), 30 Mar-3 Apr (29), 7-10 Apr (33),
        // 13-30 Apr (47), 6, 7, 8 May (50). Counted on from the end of the 3 days (Wed 25 Feb) it would overshoot to Sat 9 May.
        Assert.Equal(new DateOnly(2026, 5, 8), suspension.Until);
        Assert.Equal(new DateOnly(2026, 5, 9), China.AddWorkingDays(new DateOnly(2026, 2, 25), 50));
        // Art. 28: 30 working days from Tue 24 Feb: 4 in Feb, 2-27 Mar (24), 30 Mar-3 Apr (29), Tue 7 Apr (30).
        Assert.Equal(new DateOnly(2026, 4, 7), detention.InvestigationDue);
    }

    [Fact]
    public void Without_the_guarantee_the_goods_are_not_detained_and_the_suspension_is_lifted_with_the_holder_liable()
    {
        var suspension = Suspended();
        var detention = ChinaDetention.NoticeDelivered(new DateOnly(2026, 2, 13), China);

        // Art. 23(3): goods over RMB 200,000 need RMB 100,000; none given, and no general guarantee (Art. 24): Art. 25 releases.
        detention.ApplyToDetain(new DateOnly(2026, 2, 24), IpObjectKind.Trademark, Money.Cny(300_000m), null, null, China);
        suspension.NotDetained(new DateOnly(2026, 2, 24));

        Assert.Equal(DetentionOutcome.NotDetained, detention.Outcome);
        Assert.Equal(Money.Cny(100_000m), detention.RequiredGuarantee);
        Assert.Equal((SuspensionStatus.Lifted, LiftReason.NotDetained), (suspension.Status, suspension.LiftReason));
    }

    [Fact]
    public void A_stored_procedure_is_rebuilt_as_it_was_and_counted_again_from_the_same_days()
    {
        var detention = ChinaDetention.NoticeDelivered(new DateOnly(2026, 2, 13), China, "GZ-2026-17");
        detention.ApplyToDetain(new DateOnly(2026, 2, 24), IpObjectKind.Trademark, Money.Cny(10_000m), Money.Cny(10_000m), null, China, "APP-5");
        detention.Serve(detention.Voucher(Guid.Empty, "Guangzhou Trading Co.", "Shenzhen Export Ltd.", [1]));

        var restored = ChinaDetention.Restore(new StoredChinaDetention
        {
            NoticeDeliveredOn = detention.NoticeDeliveredOn, HolderAnswerDue = detention.HolderAnswerDue, Outcome = detention.Outcome,
            DetainedOn = detention.DetainedOn, InvestigationDue = detention.InvestigationDue, CourtAssistanceDue = detention.CourtAssistanceDue,
            AppliedOn = detention.AppliedOn, GoodsValue = detention.GoodsValue, Guarantee = detention.Guarantee,
            RequiredGuarantee = detention.RequiredGuarantee, NoticeReference = detention.NoticeReference,
            ApplicationReference = detention.ApplicationReference, Voucher = detention.ServedVoucher,
        });
        restored.Recount(China);

        Assert.Equal((new DateOnly(2026, 2, 25), new DateOnly(2026, 4, 7), new DateOnly(2026, 5, 8)),
            (restored.HolderAnswerDue, restored.InvestigationDue, restored.CourtAssistanceDue));
        Assert.Equal(("GZ-2026-17", "APP-5", "Shenzhen Export Ltd."), (restored.NoticeReference, restored.ApplicationReference, restored.ServedVoucher!.Consignor));
        Assert.Equal(new DateOnly(2026, 5, 8), restored.TermEnd);
    }

    [Fact]
    public void A_Russian_suspension_does_not_run_by_the_GAC_stages() =>
        Assert.Throws<InvalidOperationException>(() => Suspension.Suspend(
            Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), [1], Suspensions.Context(), new DateOnly(2026, 3, 2), 10, WorkingCalendars.Default.Russia)
            .RunUntil(new DateOnly(2026, 3, 5), false));
}
