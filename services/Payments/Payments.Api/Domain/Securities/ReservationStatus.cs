namespace Customs.Payments.Api.Domain.Securities;

/// <summary>A reservation is held until its obligation is met (released) or breached (called).</summary>
public enum ReservationStatus
{
    Unspecified = 0,
    Reserved = 1,
    Released = 2,
    Called = 3,
}
