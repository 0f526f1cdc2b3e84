namespace Customs.IpRegister.Api.Domain.China;

/// <summary>What the store holds of a GAC detention procedure, to rebuild it (<see cref="ChinaDetention.Restore"/>).</summary>
public sealed record StoredChinaDetention
{
    public required DateOnly NoticeDeliveredOn { get; init; }
    public required DateOnly HolderAnswerDue { get; init; }
    public required DetentionOutcome Outcome { get; init; }
    public string? NotDetainedBecause { get; init; }
    public DateOnly? DetainedOn { get; init; }
    public DateOnly? InvestigationDue { get; init; }
    public DateOnly? CourtAssistanceDue { get; init; }
    public bool IsProvisional { get; init; }
    public DateOnly? AppliedOn { get; init; }
    public Money? GoodsValue { get; init; }
    public Money? Guarantee { get; init; }
    public GeneralGuarantee? GeneralGuarantee { get; init; }
    public Money? RequiredGuarantee { get; init; }
    public string NoticeReference { get; init; } = "";
    public string? ApplicationReference { get; init; }
    public DetentionVoucher? Voucher { get; init; }
    public ConfiscationNotice? Confiscation { get; init; }
    public GacRelease? Release { get; init; }
    public IReadOnlyList<GacProcedureAct> Acts { get; init; } = [];
}
