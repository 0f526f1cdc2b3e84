using Customs.BuildingBlocks.Calendar;
using Customs.IpRegister.Api.Domain;
using Customs.IpRegister.Api.Domain.Applications;
using Customs.IpRegister.Api.Domain.China;

namespace Customs.IpRegister.Tests.Domain;

/// <summary>The GAC IPR measures, Arts. 22-32, counted by the State Council's 2026 notice on holidays.</summary>
public sealed class ChinaDetentionTests
{
    private static readonly WorkingCalendar China = WorkingCalendars.Default.China;

    // Suspended Wed 11 Feb 2026 (Art. 21); the written notice reached the holder Fri 13 Feb.
    private static ChinaDetention Delivered() => ChinaDetention.NoticeDelivered(new DateOnly(2026, 2, 13), China);

    [Fact]
    public void The_holders_3_working_days_run_from_delivery_of_the_written_notice_not_from_detection()
    {
        // Art. 22: "within 3 working days from the date of delivery of the customs written notice". From Fri 13 Feb: Sat 14
        // Feb works (1), 15-23 Feb Spring Festival off, 24 (2), 25 Feb (3). From detection (Wed 11 Feb) it would be 14 Feb.
        Assert.Equal(new DateOnly(2026, 2, 25), Delivered().HolderAnswerDue);
        Assert.Equal(new DateOnly(2026, 2, 14), China.AddWorkingDays(new DateOnly(2026, 2, 11), 3));
    }

    [Fact]
    public void Goods_are_detained_with_the_guarantee_of_the_value_tier_and_the_terms_run_from_the_day_of_detaining()
    {
        var detention = Delivered();

        // Art. 23(2): goods of RMB 50,000: 50% = RMB 25,000 (not less than 20,000).
        var outcome = detention.ApplyToDetain(new DateOnly(2026, 2, 25), IpObjectKind.Copyright, Money.Cny(50_000m), Money.Cny(25_000m), null, China);

        // Art. 28, 30 working days from Wed 25 Feb: 26, 27, Sat 28 Feb works (3), 2-27 Mar (23), 30 Mar-3 Apr (28), 4-6 Apr off
        // (Qingming), 7, 8 Apr (30). Art. 29, 50: 9, 10 Apr (32), 13-30 Apr (46), 1-5 May off, 6-8 May (49), Sat 9 May works (50).
        Assert.Equal(DetentionOutcome.Detained, outcome);
        Assert.Equal(new DateOnly(2026, 2, 25), detention.DetainedOn);
        Assert.Equal(new DateOnly(2026, 4, 8), detention.InvestigationDue);
        Assert.Equal(new DateOnly(2026, 5, 9), detention.CourtAssistanceDue);
        Assert.False(detention.ReleaseDueForNoCourtNotice(new DateOnly(2026, 5, 9)));
        Assert.True(detention.ReleaseDueForNoCourtNotice(new DateOnly(2026, 5, 10)));
    }

    [Theory]
    // Art. 23(2): RMB 24,000 is short of the RMB 25,000 required for goods of RMB 50,000.
    [InlineData("2026-02-25", "24000")]
    // Art. 22: on Thu 26 Feb the 3 working days are over, whatever the guarantee.
    [InlineData("2026-02-26", "25000")]
    public void Without_the_guarantee_or_in_time_the_goods_are_not_detained_but_released(string appliedOn, string guarantee)
    {
        var detention = Delivered();

        var outcome = detention.ApplyToDetain(DateOnly.Parse(appliedOn), IpObjectKind.Copyright, Money.Cny(50_000m), Money.Cny(decimal.Parse(guarantee)), null, China);

        Assert.Equal(DetentionOutcome.NotDetained, outcome);
        Assert.Null(detention.DetainedOn);
        Assert.NotNull(detention.NotDetainedBecause);
    }

    [Fact]
    public void A_general_guarantee_of_RMB_200000_valid_to_31_December_serves_trademarks_only()
    {
        // Art. 24: approved 10 Jan 2026, valid to 31 Dec 2026, at least RMB 200,000; "exclusive right to use a trademark".
        var general = GeneralGuarantee.Required(Money.Cny(120_000m), new DateOnly(2026, 1, 10));

        Assert.Equal(DetentionOutcome.Detained, Delivered().ApplyToDetain(new DateOnly(2026, 2, 24), IpObjectKind.Trademark, Money.Cny(500_000m), null, general, China));
        Assert.Equal(DetentionOutcome.NotDetained, Delivered().ApplyToDetain(new DateOnly(2026, 2, 24), IpObjectKind.Copyright, Money.Cny(500_000m), null, general, China));
    }

    [Fact]
    public void The_detention_voucher_names_the_consignee_and_the_consignor()
    {
        var detention = Delivered();
        detention.ApplyToDetain(new DateOnly(2026, 2, 24), IpObjectKind.Copyright, Money.Cny(10_000m), Money.Cny(10_000m), null, China);

        // Art. 26: "served to the consignee and consignor".
        var voucher = detention.Voucher(Guid.Empty, "Shenzhen Trading Co.", "Moscow Import LLC", [1, 2]);

        Assert.Equal((new DateOnly(2026, 2, 24), "Shenzhen Trading Co.", "Moscow Import LLC"), (voucher.DetainedOn, voucher.Consignee, voucher.Consignor));
    }

    [Fact]
    public void Goods_whose_parties_cannot_be_identified_may_be_confiscated_only_after_3_months_from_the_announcement() =>
        // Art. 32: announced 30 Nov 2026; 3 months end 28 Feb 2027 (no 30 Feb); confiscation from 1 Mar 2027.
        Assert.Equal(new DateOnly(2027, 3, 1), ChinaDetention.ConfiscationOfUnidentifiedGoodsFrom(new DateOnly(2026, 11, 30)));
}
