namespace Customs.Payments.Contracts;

/// <summary>
/// A whole security ended once what it secured ended: released (Art. 337(5)), a cash deposit refunded (357) less what the
/// payer's arrears keep (357(5)), or kept for future payments (345(4)), when it stays in force.
/// </summary>
public sealed record SecurityEnded
{
    public required Guid SecurityId { get; init; }

    public required string ReleaseReference { get; init; }

    public required string Method { get; init; }

    public required string PrincipalTaxpayerNumber { get; init; }

    public required string GuarantorTaxpayerNumber { get; init; }

    /// <summary>released, refunded or kept.</summary>
    public required string Disposition { get; init; }

    public required decimal RefundRub { get; init; }

    public required decimal KeptForArrearsRub { get; init; }

    public required DateOnly EndedOn { get; init; }

    /// <summary>A cash deposit refunded: the currency it was paid in (Art. 357(3)), the refund in it, and the refunding office (357(2)).</summary>
    public string RefundCurrency { get; init; } = "RUB";

    public decimal RefundAsPaid { get; init; }

    public string RefundingOfficeCode { get; init; } = "";
}
