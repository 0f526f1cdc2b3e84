namespace Customs.IpRegister.Api.Register;

/// <summary>The outcome of a decision: the entry made, if any, and the day by which the applicant is told (Art. 394(5)).</summary>
public sealed record ApplicationDecision(Guid? RegisterEntryId, DateOnly? ValidUntil, DateOnly NotifyApplicantBy);
