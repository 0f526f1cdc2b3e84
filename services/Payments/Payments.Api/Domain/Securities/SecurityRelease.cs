namespace Customs.Payments.Api.Domain.Securities;

/// <summary>The end of a whole security, applied once per reference: for a cash deposit refunded, what is paid back and what is kept for arrears.</summary>
public sealed record SecurityRelease(
    string Reference, Guid SecurityId, SecurityDisposition Disposition, DateOnly ReleasedOn, decimal RefundRub, decimal KeptForArrearsRub)
{
    public bool SameRequest(Guid securityId, SecurityDisposition disposition, DateOnly releasedOn) =>
        securityId == SecurityId && disposition == Disposition && releasedOn == ReleasedOn;
}
