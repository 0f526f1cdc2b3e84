namespace Customs.Examination.Api.Domain.Experts;

/// <summary>
/// Art. 383(9): the results of an investigation of samples another state agency took, as customs was informed of them, and the
/// day customs notified the persons of 383(2).
/// </summary>
public sealed record AgencyResults(string Results, DateOnly ReceivedOn, DateOnly? NotifiedOn, string RecordedBy);
