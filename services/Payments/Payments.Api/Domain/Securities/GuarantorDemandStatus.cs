namespace Customs.Payments.Api.Domain.Securities;

/// <summary>A demand to a guarantor is open until paid in full (or its obligation is settled), then met.</summary>
public enum GuarantorDemandStatus
{
    Unspecified = 0,
    Open = 1,
    Met = 2,
}
