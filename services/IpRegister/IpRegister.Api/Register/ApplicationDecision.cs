namespace Customs.IpRegister.Api.Register;

/// <summary>
/// The outcome of a decision: the entry made, if any, the day by which the applicant is told, the day the decision was
/// due and whether it came after it (Art. 394(5)).
/// </summary>
public sealed record ApplicationDecision(Guid? RegisterEntryId, DateOnly? ValidUntil, DateOnly NotifyApplicantBy, DateOnly DecideBy, bool DecidedLate);
