namespace Customs.Payments.Api.Domain.Deferrals;

/// <summary>
/// Art. 335(2): a granted deferral rescinded because a circumstance of 335(1) is found, with the reason written and the
/// applicant's written notice due by <see cref="NotifyBy"/> (three working days); the interest charged to that day and
/// what of the deferred parts falls due on it.
/// </summary>
public sealed record DeferralRescission(
    DateOnly RescindedOn, DeferralRefusalGround Ground, string Reason, DateOnly NotifyBy, bool NotifyByIsProvisional, decimal InterestChargedRub,
    decimal FallingDueRub);
