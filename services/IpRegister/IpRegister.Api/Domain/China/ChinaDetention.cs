using Customs.BuildingBlocks.Calendar;
using Customs.IpRegister.Api.Domain.Applications;
using Customs.IpRegister.Api.Domain.Suspensions;

namespace Customs.IpRegister.Api.Domain.China;

/// <summary>
/// The GAC procedure after customs suspends release and notifies the holder in writing (Art. 21): the holder's 3 working
/// days from delivery of the notice (Art. 22), detention only on an application with the guarantee (Arts. 23-25), then 30
/// working days to investigate (Art. 28) and at most 50 working days from the day of detaining for a court's assistance
/// notice (Art. 29), all counted by the Chinese calendar.
/// </summary>
public sealed class ChinaDetention
{
    private const string Art22 = "GAC IPR measures Art. 22";
    private const string Art28 = "GAC IPR measures Art. 28";

    private static readonly Money GeneralGuaranteeMinimum = Money.Cny(200_000m);

    private ChinaDetention(DateOnly noticeDeliveredOn, DateOnly holderAnswerDue)
    {
        NoticeDeliveredOn = noticeDeliveredOn;
        HolderAnswerDue = holderAnswerDue;
    }

    public DateOnly NoticeDeliveredOn { get; }

    /// <summary>Art. 22: "within 3 working days from the date of delivery of the customs written notice".</summary>
    public DateOnly HolderAnswerDue { get; private set; }

    public DetentionOutcome Outcome { get; private set; } = DetentionOutcome.AwaitingHolder;

    /// <summary>Why the goods were not detained (Art. 25), for the record.</summary>
    public string? NotDetainedBecause { get; private set; }

    public DateOnly? DetainedOn { get; private set; }

    /// <summary>Art. 28: the parties are told within 30 working days of detaining if customs cannot decide.</summary>
    public DateOnly? InvestigationDue { get; private set; }

    /// <summary>Art. 29: the last day a court's assistance notice can come; 50 working days from detaining, never later.</summary>
    public DateOnly? CourtAssistanceDue { get; private set; }

    public bool IsProvisional { get; private set; }

    /// <summary>The day the holder's application to detain came (Art. 22(1)).</summary>
    public DateOnly? AppliedOn { get; private set; }

    /// <summary>The goods' value the guarantee is measured against (Art. 23), in RMB.</summary>
    public Money? GoodsValue { get; private set; }

    /// <summary>The guarantee of Art. 23 the holder gave with the application, if any.</summary>
    public Money? Guarantee { get; private set; }

    /// <summary>The general guarantee of Art. 24 the holder relied on, if any.</summary>
    public GeneralGuarantee? GeneralGuarantee { get; private set; }

    /// <summary>Art. 23: the guarantee the goods' value called for.</summary>
    public Money? RequiredGuarantee { get; private set; }

    /// <summary>Art. 21: the reference of the customs written notice to the holder.</summary>
    public string NoticeReference { get; private init; } = "";

    /// <summary>Art. 22(1): the reference of the holder's written application.</summary>
    public string? ApplicationReference { get; private set; }

    /// <summary>Art. 26: the voucher served once the goods are detained.</summary>
    public DetentionVoucher? ServedVoucher { get; private set; }

    /// <summary>Art. 30: the notice of the confiscation, once decided.</summary>
    public ConfiscationNotice? Confiscation { get; private set; }

    /// <summary>Arts. 22(2), 27(3), 28(2): what released the goods, when one of them did.</summary>
    public GacRelease? Release { get; private set; }

    private readonly List<GacProcedureAct> _acts = [];

    /// <summary>Inspections (Arts. 22, 26) and requests for advisory opinions (Art. 27(2)), in the order recorded.</summary>
    public IReadOnlyList<GacProcedureAct> Acts => _acts;

    /// <summary>Art. 26: the voucher of detained goods is served on the consignee and the consignor.</summary>
    public void Serve(DetentionVoucher voucher)
    {
        if (Outcome != DetentionOutcome.Detained)
        {
            throw new InvalidOperationException("No voucher: the goods were not detained.");
        }

        ServedVoucher = voucher;
    }

    /// <summary>Art. 30: detained goods confiscated; the holder's notice carries the known information.</summary>
    public void Confiscate(ConfiscationNotice notice)
    {
        if (Outcome != DetentionOutcome.Detained || Confiscation is not null)
        {
            throw new InvalidOperationException("Only detained goods not yet confiscated can be confiscated.");
        }

        Confiscation = notice;
    }

    /// <summary>Rebuilds a stored detention.</summary>
    public static ChinaDetention Restore(StoredChinaDetention state) => new ChinaDetention(state.NoticeDeliveredOn, state.HolderAnswerDue)
    {
        Outcome = state.Outcome,
        NotDetainedBecause = state.NotDetainedBecause,
        DetainedOn = state.DetainedOn,
        InvestigationDue = state.InvestigationDue,
        CourtAssistanceDue = state.CourtAssistanceDue,
        IsProvisional = state.IsProvisional,
        AppliedOn = state.AppliedOn,
        GoodsValue = state.GoodsValue,
        Guarantee = state.Guarantee,
        GeneralGuarantee = state.GeneralGuarantee,
        RequiredGuarantee = state.RequiredGuarantee,
        NoticeReference = state.NoticeReference,
        ApplicationReference = state.ApplicationReference,
        ServedVoucher = state.Voucher,
        Confiscation = state.Confiscation,
        Release = state.Release,
    }.WithActs(state.Acts);

    private ChinaDetention WithActs(IEnumerable<GacProcedureAct> acts)
    {
        _acts.AddRange(acts);
        return this;
    }

    /// <summary>
    /// The last day the suspension runs, by the stage the procedure has reached: the holder's 3 working days from delivery
    /// of the notice (Art. 22), then, once detained, the 50 working days from the day of detaining (Art. 29).
    /// </summary>
    public DateOnly TermEnd => Outcome == DetentionOutcome.Detained ? CourtAssistanceDue!.Value : HolderAnswerDue;

    /// <summary>
    /// Counts the terms again with <paramref name="china"/> (a year's act loaded), from the same days as first:
    /// the notice's delivery (Art. 22) and the day of detaining (Arts. 28, 29).
    /// </summary>
    public void Recount(WorkingCalendar china)
    {
        var answer = china.Term(NoticeDeliveredOn, 3);
        HolderAnswerDue = answer.End;
        IsProvisional = answer.IsProvisional;
        if (DetainedOn is { } detained)
        {
            var investigation = china.Term(detained, 30);
            var court = china.Term(detained, 50);
            InvestigationDue = investigation.End;
            CourtAssistanceDue = court.End;
            IsProvisional |= investigation.IsProvisional || court.IsProvisional;
        }
    }

    /// <summary>The written notice of Art. 21 reached the holder on <paramref name="deliveredOn"/>; the 3 working days run from it.</summary>
    public static ChinaDetention NoticeDelivered(DateOnly deliveredOn, WorkingCalendar china, string noticeReference = "")
    {
        var due = china.Term(deliveredOn, 3);
        return new ChinaDetention(deliveredOn, due.End) { IsProvisional = due.IsProvisional, NoticeReference = noticeReference };
    }

    /// <summary>
    /// Art. 22(1) with Art. 23 or 24: the holder's written application to detain. Detained (Art. 25) only when it comes
    /// within the 3 working days with a guarantee of Art. 23 for the goods' value, or, for a trademark, a general
    /// guarantee of Art. 24 (at least RMB 200,000, valid from its approval to 31 December); otherwise the goods are not
    /// detained and are released.
    /// </summary>
    public DetentionOutcome ApplyToDetain(
        DateOnly appliedOn, IpObjectKind right, Money goodsValue, Money? guarantee, GeneralGuarantee? general, WorkingCalendar china,
        string? applicationReference = null)
    {
        if (Outcome != DetentionOutcome.AwaitingHolder)
        {
            throw new InvalidOperationException($"The holder's answer is already recorded: {Outcome}.");
        }

        var required = ChinaSecurity.ForGoodsValue(goodsValue);
        AppliedOn = appliedOn;
        ApplicationReference = applicationReference;
        GoodsValue = goodsValue;
        Guarantee = guarantee;
        GeneralGuarantee = general;
        RequiredGuarantee = required;
        NotDetainedBecause = appliedOn > HolderAnswerDue
            ? $"applied on {appliedOn:yyyy-MM-dd}, after the 3 working days ending {HolderAnswerDue:yyyy-MM-dd} (Art. 22)"
            : guarantee is { } g && g.IsAtLeast(required) ? null
            : right == IpObjectKind.Trademark && general is { } gg && gg.Covers(appliedOn) && gg.Amount.IsAtLeast(GeneralGuaranteeMinimum) ? null
            : $"no guarantee of {required} (Art. 23) nor, for a trademark, a general guarantee in force (Art. 24)";
        if (NotDetainedBecause is not null)
        {
            Outcome = DetentionOutcome.NotDetained;
            return Outcome;
        }

        Outcome = DetentionOutcome.Detained;
        DetainedOn = appliedOn;
        var investigation = china.Term(appliedOn, 30);
        var court = china.Term(appliedOn, 50);
        InvestigationDue = investigation.End;
        CourtAssistanceDue = court.End;
        IsProvisional |= investigation.IsProvisional || court.IsProvisional;
        return Outcome;
    }

    /// <summary>
    /// Art. 22(2): "If you believe that the relevant goods do not infringe your intellectual property rights ... or do not
    /// require the customs to detain the suspected infringing goods, you must explain the reasons in writing to the
    /// customs": no detention is asked, and the goods are released (Art. 25), the holder's reasons on the record.
    /// </summary>
    public void HolderAnswersNoDetention(DateOnly answeredOn, string reasons, string answerReference)
    {
        if (Outcome != DetentionOutcome.AwaitingHolder)
        {
            throw new SuspensionRuleException(RegisterErrors.GacHolderAlreadyAnswered, $"The holder's answer is recorded: {Outcome}.", Art22);
        }

        Outcome = DetentionOutcome.HolderDeclined;
        NotDetainedBecause = $"the holder answered in writing on {answeredOn:yyyy-MM-dd} (Art. 22(2)): {reasons}";
        Release = new GacRelease { AppliedOn = answeredOn, ApplicationReference = answerReference };
    }

    /// <summary>
    /// Art. 27(3): "If the intellectual property right owner and the consignee or consignor reach an agreement on the
    /// goods ... detained by the customs, and submit a written application to the customs and attach the relevant
    /// agreement, requesting the customs to release the goods ..., the customs will not detain the goods ... Unless a crime
    /// is constituted, the investigation may be terminated."
    /// </summary>
    public void ReleaseByAgreement(DateOnly appliedOn, string applicationReference, string agreementReference, bool crimeSuspected)
    {
        RequireDetained("GAC IPR measures Art. 27");
        Outcome = DetentionOutcome.ReleasedByAgreement;
        Release = new GacRelease
        {
            AppliedOn = appliedOn, ApplicationReference = applicationReference, AgreementReference = agreementReference,
            InvestigationTerminated = !crimeSuspected,
        };
    }

    /// <summary>
    /// Art. 28(2): "If the customs cannot determine whether the goods infringe the relevant patent rights, the consignee and
    /// consignor may request the customs to release the goods after providing the customs with a guarantee equivalent to
    /// the value of the goods." Only for a patent, after the written notice of Art. 28(1) that customs cannot determine,
    /// and only with a guarantee of at least the goods' value as the holder's application stated it (Art. 23).
    /// </summary>
    public void ReleaseAgainstGuarantee(
        DateOnly requestedOn, GacParty requestedBy, IpObjectKind right, Money guarantee, string guaranteeReference, string requestReference,
        DateOnly undeterminedNotifiedOn, string undeterminedNoticeReference)
    {
        RequireDetained(Art28);
        if (right != IpObjectKind.Patent)
        {
            throw new SuspensionRuleException(RegisterErrors.GacNotAPatent,
                $"The register entry protects a {right}, not a patent: release against a guarantee is for patent goods only.", Art28);
        }

        if (requestedBy is not (GacParty.Consignee or GacParty.Consignor))
        {
            throw new ArgumentException("Only the consignee or the consignor asks for release against a guarantee (Art. 28(2)).", nameof(requestedBy));
        }

        var value = GoodsValue ?? throw new InvalidOperationException("Detained goods have the value the holder's application stated.");
        if (!guarantee.IsAtLeast(value))
        {
            throw new SuspensionRuleException(RegisterErrors.GacGuaranteeBelowGoodsValue,
                $"The guarantee of {guarantee} is less than the goods' value of {value}.", Art28);
        }

        Outcome = DetentionOutcome.ReleasedAgainstGuarantee;
        Release = new GacRelease
        {
            AppliedOn = requestedOn, ApplicationReference = requestReference, RequestedBy = requestedBy, Guarantee = guarantee,
            GuaranteeReference = guaranteeReference, UndeterminedNotifiedOn = undeterminedNotifiedOn, UndeterminedNoticeReference = undeterminedNoticeReference,
        };
    }

    /// <summary>
    /// Art. 22, last paragraph: "With the consent of the customs, the intellectual property right holder can inspect the
    /// relevant goods"; Art. 26(2): "With the consent of the customs, the consignee and consignor can check the goods
    /// detained by the customs" (so only once detained).
    /// </summary>
    public GacProcedureAct RecordInspection(GacParty party, DateOnly on, string consentReference)
    {
        if (party is GacParty.Consignee or GacParty.Consignor)
        {
            RequireDetained("GAC IPR measures Art. 26");
        }
        else if (party != GacParty.RightHolder)
        {
            throw new ArgumentException("The holder, the consignee or the consignor inspects.", nameof(party));
        }

        return Add(new GacProcedureAct(GacActKind.Inspection, party, on, consentReference, null));
    }

    /// <summary>Art. 27(2): "When customs investigates goods suspected of infringement, they may request the relevant intellectual property authorities to provide advisory opinions."</summary>
    public GacProcedureAct RequestAdvisoryOpinion(string authority, DateOnly on, string requestReference)
    {
        RequireDetained("GAC IPR measures Art. 27");
        return Add(new GacProcedureAct(GacActKind.AdvisoryOpinionRequest, GacParty.Unspecified, on, requestReference, authority));
    }

    private GacProcedureAct Add(GacProcedureAct act)
    {
        _acts.Add(act);
        return act;
    }

    private void RequireDetained(string legalBasis)
    {
        if (Outcome != DetentionOutcome.Detained)
        {
            throw new SuspensionRuleException(RegisterErrors.GacGoodsNotDetained, $"The goods are not detained: {Outcome}.", legalBasis);
        }
    }

    /// <summary>Art. 25: no application by the end of the 3 working days: release from the next day.</summary>
    public bool ReleaseDueForNoAnswer(DateOnly today) => Outcome == DetentionOutcome.AwaitingHolder && today > HolderAnswerDue;

    /// <summary>Art. 29: without the court's assistance notice by the 50th working day the goods are released the day after.</summary>
    public bool ReleaseDueForNoCourtNotice(DateOnly today) => Outcome == DetentionOutcome.Detained && today > CourtAssistanceDue;

    /// <summary>Art. 26: the voucher served on the consignee and the consignor.</summary>
    public DetentionVoucher Voucher(Guid suspensionId, string consignee, string consignor, IReadOnlyList<int> items) =>
        new(suspensionId, DetainedOn ?? throw new InvalidOperationException("No voucher: the goods were not detained."), consignee, consignor, items);

    /// <summary>
    /// Art. 32: goods found infringing whose parties cannot be identified "may be confiscated by the Customs after 3 months
    /// from the date when the Customs issued the relevant announcement": the first day it may is the day after 3 months.
    /// </summary>
    public static DateOnly ConfiscationOfUnidentifiedGoodsFrom(DateOnly announcedOn) => announcedOn.AddMonths(3).AddDays(1);
}
