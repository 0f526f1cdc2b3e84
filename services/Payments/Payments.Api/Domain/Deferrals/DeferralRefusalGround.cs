namespace Customs.Payments.Api.Domain.Deferrals;

/// <summary>Art. 335(1): the only circumstances in which deferral or instalments are refused (Art. 333(3): "based exclusively" on them).</summary>
public enum DeferralRefusalGround
{
    Unspecified,
    /// <summary>Art. 335(1)[1]: "the applicant is prosecuted for a crime associated with breach of the customs legislations".</summary>
    CustomsCrimeProsecution,
    /// <summary>Art. 335(1)[2]: "the applicant is sued for insolvency".</summary>
    InsolvencyProceedings,
}
