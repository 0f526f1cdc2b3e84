using Customs.BuildingBlocks.Calendar;
using Customs.IpRegister.Api.Domain;
using Customs.IpRegister.Api.Domain.Applications;
using Customs.IpRegister.Api.Domain.China;
using Customs.IpRegister.Api.Domain.Suspensions;

namespace Customs.IpRegister.Tests.Domain;

/// <summary>
/// The GAC measures' releases other than for want of an application (Art. 25) and the acts that leave the goods where
/// they stand. The written notice reached the holder Fri 13 Feb 2026; goods of RMB 50,000 detained Tue 24 Feb against a
/// guarantee of RMB 25,000 (Art. 23(2)).
/// </summary>
public sealed class GacReleaseTests
{
    private static readonly WorkingCalendar China = WorkingCalendars.Default.China;

    private static ChinaDetention Delivered() => ChinaDetention.NoticeDelivered(new DateOnly(2026, 2, 13), China, "GZ-2026-17");

    private static ChinaDetention Detained(IpObjectKind right = IpObjectKind.Patent)
    {
        var detention = Delivered();
        detention.ApplyToDetain(new DateOnly(2026, 2, 24), right, Money.Cny(50_000m), Money.Cny(25_000m), null, China, "APP-5");
        return detention;
    }

    [Fact]
    public void The_holders_written_answer_that_the_goods_need_not_be_detained_releases_them_with_its_reasons()
    {
        // Art. 22(2): "If you believe that the relevant goods do not infringe your intellectual property rights ... or do not
        // require the customs to detain the suspected infringing goods, you must explain the reasons in writing to the customs."
        var detention = Delivered();

        detention.HolderAnswersNoDetention(new DateOnly(2026, 2, 24), "parallel import of genuine goods", "HOLDER-9");

        Assert.Equal(DetentionOutcome.HolderDeclined, detention.Outcome);
        Assert.Contains("parallel import of genuine goods", detention.NotDetainedBecause);
        Assert.Equal((new DateOnly(2026, 2, 24), "HOLDER-9"), (detention.Release!.AppliedOn, detention.Release.ApplicationReference));
        Assert.Null(detention.DetainedOn);
    }

    [Fact]
    public void A_holder_who_applied_to_detain_cannot_answer_again_that_the_goods_need_not_be_detained()
    {
        var detention = Detained();

        var refused = Assert.Throws<SuspensionRuleException>(() => detention.HolderAnswersNoDetention(new DateOnly(2026, 2, 25), "changed mind", "H-2"));

        Assert.Equal(RegisterErrors.GacHolderAlreadyAnswered, refused.Reason);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void An_agreement_of_holder_and_consignee_releases_detained_goods_and_ends_the_investigation_unless_a_crime_is_suspected(
        bool crimeSuspected, bool terminated)
    {
        // Art. 27(3): "... submit a written application to the customs and attach the relevant agreement, requesting the customs
        // to release the goods ..., the customs will not detain the goods ... Unless a crime is constituted, the investigation
        // may be terminated."
        var detention = Detained(IpObjectKind.Trademark);

        detention.ReleaseByAgreement(new DateOnly(2026, 3, 10), "JOINT-1", "SETTLEMENT-77", crimeSuspected);

        Assert.Equal(DetentionOutcome.ReleasedByAgreement, detention.Outcome);
        Assert.Equal(("JOINT-1", "SETTLEMENT-77", terminated),
            (detention.Release!.ApplicationReference, detention.Release.AgreementReference, detention.Release.InvestigationTerminated!.Value));
    }

    [Fact]
    public void Goods_not_detained_are_not_released_by_agreement()
    {
        var refused = Assert.Throws<SuspensionRuleException>(() => Delivered().ReleaseByAgreement(new DateOnly(2026, 2, 20), "J", "A", false));

        Assert.Equal(RegisterErrors.GacGoodsNotDetained, refused.Reason);
    }

    [Fact]
    public void Patent_goods_customs_cannot_determine_are_released_against_a_guarantee_of_their_value()
    {
        // Art. 28(2): "If the customs cannot determine whether the goods infringe the relevant patent rights, the consignee and
        // consignor may request the customs to release the goods after providing the customs with a guarantee equivalent to
        // the value of the goods." The value the holder's application stated: RMB 50,000.
        var detention = Detained();

        detention.ReleaseAgainstGuarantee(new DateOnly(2026, 4, 8), GacParty.Consignee, IpObjectKind.Patent, Money.Cny(50_000m), "BANK-G-3", "REQ-4",
            new DateOnly(2026, 4, 7), "UNDETERMINED-1");

        Assert.Equal(DetentionOutcome.ReleasedAgainstGuarantee, detention.Outcome);
        Assert.Equal((GacParty.Consignee, Money.Cny(50_000m), new DateOnly(2026, 4, 7)),
            (detention.Release!.RequestedBy!.Value, detention.Release.Guarantee!.Value, detention.Release.UndeterminedNotifiedOn!.Value));
    }

    [Fact]
    public void A_guarantee_below_the_goods_value_does_not_release_patent_goods()
    {
        var detention = Detained();

        var refused = Assert.Throws<SuspensionRuleException>(() => detention.ReleaseAgainstGuarantee(
            new DateOnly(2026, 4, 8), GacParty.Consignor, IpObjectKind.Patent, Money.Cny(49_999.99m), "G", "R", new DateOnly(2026, 4, 7), "U"));

        Assert.Equal(RegisterErrors.GacGuaranteeBelowGoodsValue, refused.Reason);
        Assert.Equal(DetentionOutcome.Detained, detention.Outcome);
    }

    [Fact]
    public void Only_patent_goods_are_released_against_a_guarantee()
    {
        var detention = Detained(IpObjectKind.Trademark);

        var refused = Assert.Throws<SuspensionRuleException>(() => detention.ReleaseAgainstGuarantee(
            new DateOnly(2026, 4, 8), GacParty.Consignee, IpObjectKind.Trademark, Money.Cny(50_000m), "G", "R", new DateOnly(2026, 4, 7), "U"));

        Assert.Equal(RegisterErrors.GacNotAPatent, refused.Reason);
    }

    [Fact]
    public void The_holder_inspects_held_goods_but_consignee_and_consignor_only_detained_ones()
    {
        // Art. 22, last paragraph: "With the consent of the customs, the intellectual property right holder can inspect the
        // relevant goods." Art. 26(2): "With the consent of the customs, the consignee and consignor can check the goods
        // detained by the customs."
        var held = Delivered();
        held.RecordInspection(GacParty.RightHolder, new DateOnly(2026, 2, 14), "CONSENT-1");
        var refused = Assert.Throws<SuspensionRuleException>(() => held.RecordInspection(GacParty.Consignee, new DateOnly(2026, 2, 14), "CONSENT-2"));

        var detained = Detained();
        detained.RecordInspection(GacParty.Consignor, new DateOnly(2026, 2, 26), "CONSENT-3");

        Assert.Equal(RegisterErrors.GacGoodsNotDetained, refused.Reason);
        Assert.Equal([new GacProcedureAct(GacActKind.Inspection, GacParty.RightHolder, new DateOnly(2026, 2, 14), "CONSENT-1", null)], held.Acts);
        Assert.Equal(GacParty.Consignor, Assert.Single(detained.Acts).Party);
    }

    [Fact]
    public void Advisory_opinions_are_asked_of_IP_authorities_while_detained_goods_are_investigated()
    {
        // Art. 27(2): "When customs investigates goods suspected of infringement, they may request the relevant intellectual
        // property authorities to provide advisory opinions."
        var detained = Detained();
        detained.RequestAdvisoryOpinion("CNIPA", new DateOnly(2026, 3, 2), "GZ-OPINION-1");

        Assert.Equal(new GacProcedureAct(GacActKind.AdvisoryOpinionRequest, GacParty.Unspecified, new DateOnly(2026, 3, 2), "GZ-OPINION-1", "CNIPA"),
            Assert.Single(detained.Acts));
        Assert.Throws<SuspensionRuleException>(() => Delivered().RequestAdvisoryOpinion("CNIPA", new DateOnly(2026, 2, 20), "X"));
    }

    [Fact]
    public void A_release_and_the_acts_come_back_from_the_store_as_recorded()
    {
        var detention = Detained();
        detention.RecordInspection(GacParty.RightHolder, new DateOnly(2026, 2, 25), "C-1");
        detention.ReleaseByAgreement(new DateOnly(2026, 3, 10), "JOINT-1", "SETTLEMENT-77", false);

        var restored = ChinaDetention.Restore(new StoredChinaDetention
        {
            NoticeDeliveredOn = detention.NoticeDeliveredOn, HolderAnswerDue = detention.HolderAnswerDue, Outcome = detention.Outcome,
            DetainedOn = detention.DetainedOn, Release = detention.Release, Acts = detention.Acts,
        });

        Assert.Equal((detention.Release, detention.Acts.Single()), (restored.Release, restored.Acts.Single()));
    }

    [Fact]
    public void The_suspension_is_lifted_for_each_release_of_the_GAC_procedure_and_for_nothing_else()
    {
        var suspension = GacProcedureTests.Suspended();

        suspension.ReleasedUnderGac(LiftReason.ReleasedByAgreement, new DateOnly(2026, 3, 10));

        Assert.Equal((SuspensionStatus.Lifted, LiftReason.ReleasedByAgreement, new DateOnly(2026, 3, 10)),
            (suspension.Status, suspension.LiftReason, suspension.EndedOn!.Value));
        Assert.Throws<ArgumentException>(() => GacProcedureTests.Suspended().ReleasedUnderGac(LiftReason.Expired, new DateOnly(2026, 3, 10)));
    }
}
