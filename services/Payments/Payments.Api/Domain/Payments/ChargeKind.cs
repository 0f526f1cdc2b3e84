namespace Customs.Payments.Api.Domain.Payments;

/// <summary>What an obligation's charge is: the penalty of Art. 349(2) or the interest of a deferral (Art. 336(1)).</summary>
public enum ChargeKind
{
    Unspecified,
    Penalty,
    Interest,
}
