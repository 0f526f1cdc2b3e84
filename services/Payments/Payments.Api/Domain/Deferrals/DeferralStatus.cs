namespace Customs.Payments.Api.Domain.Deferrals;

public enum DeferralStatus
{
    Unspecified,
    Requested,
    Approved,
    Refused,
}
