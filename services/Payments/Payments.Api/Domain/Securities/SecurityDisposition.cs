namespace Customs.Payments.Api.Domain.Securities;

/// <summary>What becomes of a whole security once the obligations it secured ended.</summary>
public enum SecurityDisposition
{
    Unspecified = 0,

    /// <summary>Art. 337(5): a pledge, bank guarantee, surety or insurance contract is released.</summary>
    Released = 1,

    /// <summary>Art. 357: a cash deposit is paid back.</summary>
    Refunded = 2,

    /// <summary>Art. 345(4): a cash deposit is kept for future payments at the payer's wish; the security stays in force.</summary>
    Kept = 3,
}
