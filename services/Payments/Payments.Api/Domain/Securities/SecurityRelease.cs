namespace Customs.Payments.Api.Domain.Securities;

/// <summary>The end of a whole security, applied once per reference: for a cash deposit refunded, what is paid back and what is kept for arrears.</summary>
public sealed record SecurityRelease(
    string Reference, Guid SecurityId, SecurityDisposition Disposition, DateOnly ReleasedOn, decimal RefundRub, decimal KeptForArrearsRub)
{
    /// <summary>A cash deposit refunded: in the currency paid (357(3)), the refund as paid in it, and the office that refunds (357(2)).</summary>
    public string RefundCurrency { get; init; } = "RUB";

    public decimal RefundAsPaid { get; init; }

    public string RefundingOfficeCode { get; init; } = "";

    public bool SameRequest(Guid securityId, SecurityDisposition disposition, DateOnly releasedOn) =>
        securityId == SecurityId && disposition == Disposition && releasedOn == ReleasedOn;
}
