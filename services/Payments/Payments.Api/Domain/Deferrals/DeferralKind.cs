namespace Customs.Payments.Api.Domain.Deferrals;

/// <summary>Art. 333(2): the term of payment "may be extended by deferral or payment by instalments".</summary>
public enum DeferralKind
{
    Unspecified,
    /// <summary>The whole amount at the end of the period.</summary>
    Deferral,
    /// <summary>Equal monthly parts over the period.</summary>
    Instalments,
}
