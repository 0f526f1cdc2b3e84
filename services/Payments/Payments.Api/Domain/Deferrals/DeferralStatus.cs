namespace Customs.Payments.Api.Domain.Deferrals;

public enum DeferralStatus
{
    Unspecified,
    Requested,
    Approved,
    Refused,
    /// <summary>Approved, then rescinded (Art. 335(2)); kept as approved with its rescission.</summary>
    Rescinded,
}
