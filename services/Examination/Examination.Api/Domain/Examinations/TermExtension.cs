namespace Customs.Examination.Api.Domain.Examinations;

/// <summary>
/// Art. 359(2): one extension of the declaration's term, by its id the same decision in both services: decided by this service's
/// officers on an examination, or by the Declarations service's (<c>ExtendControlTerm</c>). Records stored before the id existed read Guid.Empty.
/// </summary>
public sealed record TermExtension(
    ExtensionGround Ground, int WorkingDays, string Circumstances, string ExtendedBy, DateTimeOffset ExtendedAt, Guid Id = default,
    ExtensionDecidedIn DecidedIn = ExtensionDecidedIn.Examination);
