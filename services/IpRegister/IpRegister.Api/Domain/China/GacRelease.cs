namespace Customs.IpRegister.Api.Domain.China;

/// <summary>
/// Why goods suspended or detained at a Chinese office were released other than for want of an application (Art. 25):
/// the holder's written answer (Art. 22(2)), an agreement of the holder and the consignee or consignor (Art. 27(3)), or,
/// for a patent, the consignee's or consignor's guarantee equal to the goods' value (Art. 28(2)).
/// </summary>
public sealed record GacRelease
{
    /// <summary>The day the holder's answer, the joint application or the request came.</summary>
    public required DateOnly AppliedOn { get; init; }

    /// <summary>The reference of that written answer, application or request.</summary>
    public required string ApplicationReference { get; init; }

    /// <summary>Art. 27(3): the agreement attached to the application.</summary>
    public string? AgreementReference { get; init; }

    /// <summary>Art. 27(3): "Unless a crime is constituted, the investigation may be terminated".</summary>
    public bool? InvestigationTerminated { get; init; }

    /// <summary>Art. 28(2): the consignee or the consignor who asked for release.</summary>
    public GacParty? RequestedBy { get; init; }

    /// <summary>Art. 28(2): "a guarantee equivalent to the value of the goods".</summary>
    public Money? Guarantee { get; init; }

    public string? GuaranteeReference { get; init; }

    /// <summary>Art. 28(1): the written notice that customs cannot determine whether the goods infringe.</summary>
    public DateOnly? UndeterminedNotifiedOn { get; init; }

    public string? UndeterminedNoticeReference { get; init; }
}
