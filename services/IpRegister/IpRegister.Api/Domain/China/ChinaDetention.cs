using Customs.BuildingBlocks.Calendar;
using Customs.IpRegister.Api.Domain.Applications;

namespace Customs.IpRegister.Api.Domain.China;

/// <summary>
/// The GAC procedure after customs suspends release and notifies the holder in writing (Art. 21): the holder's 3 working
/// days from delivery of the notice (Art. 22), detention only on an application with the guarantee (Arts. 23-25), then 30
/// working days to investigate (Art. 28) and at most 50 working days from the day of detaining for a court's assistance
/// notice (Art. 29), all counted by the Chinese calendar.
/// </summary>
public sealed class ChinaDetention
{
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
    public static ChinaDetention Restore(StoredChinaDetention state) => new(state.NoticeDeliveredOn, state.HolderAnswerDue)
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
    };

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

    /// <summary>Art. 22(2) or no answer: the holder does not ask for detention; the goods are released (Art. 25).</summary>
    public void HolderDeclines(string reason)
    {
        Outcome = DetentionOutcome.NotDetained;
        NotDetainedBecause = reason;
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
