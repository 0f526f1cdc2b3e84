using Customs.BuildingBlocks.Data;
using Customs.IpRegister.Api.Domain;
using Customs.IpRegister.Api.Domain.China;

namespace Customs.IpRegister.Api.Data;

/// <summary>A GAC detention procedure as stored (gac_detentions, with its confiscation notice when there is one).</summary>
internal sealed class GacDetentionRow
{
    public Guid SuspensionId { get; init; }
    public string NoticeReference { get; init; } = "";
    public DateOnly NoticeDeliveredOn { get; init; }
    public DateOnly HolderAnswerDue { get; init; }
    public string Outcome { get; init; } = "";
    public string? NotDetainedBecause { get; init; }
    public DateOnly? AppliedOn { get; init; }
    public string? ApplicationReference { get; init; }
    public decimal? GoodsValueAmount { get; init; }
    public string? GoodsValueCurrency { get; init; }
    public decimal? RequiredGuaranteeAmount { get; init; }
    public decimal? GuaranteeAmount { get; init; }
    public string? GuaranteeCurrency { get; init; }
    public decimal? GeneralGuaranteeAmount { get; init; }
    public string? GeneralGuaranteeCurrency { get; init; }
    public DateOnly? GeneralGuaranteeApprovedOn { get; init; }
    public DateOnly? GeneralGuaranteeValidUntil { get; init; }
    public string? GeneralGuaranteeReference { get; init; }
    public DateOnly? DetainedOn { get; init; }
    public DateOnly? InvestigationDue { get; init; }
    public DateOnly? CourtAssistanceDue { get; init; }
    public bool Provisional { get; init; }
    public string? VoucherConsignee { get; init; }
    public string? VoucherConsignor { get; init; }
    public int[] ItemNumbers { get; init; } = [];
    public DateOnly? ReleaseAppliedOn { get; init; }
    public string? ReleaseApplicationReference { get; init; }
    public string? ReleaseAgreementReference { get; init; }
    public bool? InvestigationTerminated { get; init; }
    public string? ReleaseRequestedBy { get; init; }
    public decimal? ReleaseGuaranteeAmount { get; init; }
    public string? ReleaseGuaranteeCurrency { get; init; }
    public string? ReleaseGuaranteeReference { get; init; }
    public DateOnly? UndeterminedNotifiedOn { get; init; }
    public string? UndeterminedNoticeReference { get; init; }
    public string RecordedBy { get; init; } = "";
    public DateTimeOffset UpdatedAt { get; init; }

    // The confiscation notice (gac_confiscation_notices), null until one is recorded.
    public string? DecisionReference { get; init; }
    public string? GoodsName { get; init; }
    public decimal? Quantity { get; init; }
    public string? Consignee { get; init; }
    public string? Consignor { get; init; }
    public DateOnly? DeclaredOn { get; init; }
    public DateOnly? PenaltyEffectiveOn { get; init; }
    public string? PlaceOfDeparture { get; init; }
    public string? Destination { get; init; }
    public string? OtherInformation { get; init; }
    public DateOnly? AnnouncedOn { get; init; }
    public DateOnly? ConfiscableFrom { get; init; }

    public ChinaDetention ToDomain(IReadOnlyList<GacProcedureAct> acts) => ChinaDetention.Restore(new StoredChinaDetention
    {
        Release = ReleaseAppliedOn is { } releaseAppliedOn ? new GacRelease
        {
            AppliedOn = releaseAppliedOn,
            ApplicationReference = ReleaseApplicationReference ?? "",
            AgreementReference = ReleaseAgreementReference,
            InvestigationTerminated = InvestigationTerminated,
            RequestedBy = ReleaseRequestedBy is { } by ? EnumCodes.Parse<GacParty>(by) : null,
            Guarantee = ReleaseGuaranteeAmount is { } g ? new Money(g, ReleaseGuaranteeCurrency!) : null,
            GuaranteeReference = ReleaseGuaranteeReference,
            UndeterminedNotifiedOn = UndeterminedNotifiedOn,
            UndeterminedNoticeReference = UndeterminedNoticeReference,
        } : null,
        Acts = acts,
        NoticeReference = NoticeReference,
        NoticeDeliveredOn = NoticeDeliveredOn,
        HolderAnswerDue = HolderAnswerDue,
        Outcome = EnumCodes.Parse<DetentionOutcome>(Outcome),
        NotDetainedBecause = NotDetainedBecause,
        AppliedOn = AppliedOn,
        ApplicationReference = ApplicationReference,
        GoodsValue = GoodsValueAmount is { } value ? new Money(value, GoodsValueCurrency!) : null,
        RequiredGuarantee = RequiredGuaranteeAmount is { } required ? new Money(required, GoodsValueCurrency!) : null,
        Guarantee = GuaranteeAmount is { } guarantee ? new Money(guarantee, GuaranteeCurrency!) : null,
        GeneralGuarantee = GeneralGuaranteeAmount is { } general
            ? new GeneralGuarantee(new Money(general, GeneralGuaranteeCurrency!), GeneralGuaranteeApprovedOn!.Value, GeneralGuaranteeValidUntil!.Value, GeneralGuaranteeReference)
            : null,
        DetainedOn = DetainedOn,
        InvestigationDue = InvestigationDue,
        CourtAssistanceDue = CourtAssistanceDue,
        IsProvisional = Provisional,
        Voucher = DetainedOn is { } detained && VoucherConsignee is not null
            ? new DetentionVoucher(SuspensionId, detained, VoucherConsignee, VoucherConsignor ?? "", ItemNumbers)
            : null,
        Confiscation = DecisionReference is null ? null : new ConfiscationNotice(
            GoodsName ?? "", Quantity, Consignee, Consignor, DeclaredOn, DetainedOn!.Value, PenaltyEffectiveOn, PlaceOfDeparture, Destination,
            OtherInformation, AnnouncedOn, ConfiscableFrom, DecisionReference),
    });

    public static object ParametersOf(Guid suspensionId, ChinaDetention d, string recordedBy, DateTimeOffset now) => new
    {
        SuspensionId = suspensionId,
        d.NoticeReference,
        d.NoticeDeliveredOn,
        d.HolderAnswerDue,
        Outcome = EnumCodes.Of(d.Outcome),
        d.NotDetainedBecause,
        d.AppliedOn,
        d.ApplicationReference,
        GoodsValueAmount = d.GoodsValue?.Amount,
        GoodsValueCurrency = d.GoodsValue?.Currency,
        RequiredGuaranteeAmount = d.RequiredGuarantee?.Amount,
        GuaranteeAmount = d.Guarantee?.Amount,
        GuaranteeCurrency = d.Guarantee?.Currency,
        GeneralGuaranteeAmount = d.GeneralGuarantee?.Amount.Amount,
        GeneralGuaranteeCurrency = d.GeneralGuarantee?.Amount.Currency,
        GeneralGuaranteeApprovedOn = d.GeneralGuarantee?.ApprovedOn,
        GeneralGuaranteeValidUntil = d.GeneralGuarantee?.ValidUntil,
        GeneralGuaranteeReference = d.GeneralGuarantee?.Reference,
        d.DetainedOn,
        d.InvestigationDue,
        d.CourtAssistanceDue,
        Provisional = d.IsProvisional,
        VoucherConsignee = d.ServedVoucher?.Consignee,
        VoucherConsignor = d.ServedVoucher?.Consignor,
        ReleaseAppliedOn = d.Release?.AppliedOn,
        ReleaseApplicationReference = d.Release?.ApplicationReference,
        ReleaseAgreementReference = d.Release?.AgreementReference,
        d.Release?.InvestigationTerminated,
        ReleaseRequestedBy = d.Release?.RequestedBy is { } by ? EnumCodes.Of(by) : null,
        ReleaseGuaranteeAmount = d.Release?.Guarantee?.Amount,
        ReleaseGuaranteeCurrency = d.Release?.Guarantee?.Currency,
        ReleaseGuaranteeReference = d.Release?.GuaranteeReference,
        d.Release?.UndeterminedNotifiedOn,
        d.Release?.UndeterminedNoticeReference,
        RecordedBy = recordedBy,
        UpdatedAt = now,
    };
}
