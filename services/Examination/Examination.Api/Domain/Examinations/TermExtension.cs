namespace Customs.Examination.Api.Domain.Examinations;

public sealed record TermExtension(ExtensionGround Ground, int WorkingDays, string Circumstances, string ExtendedBy, DateTimeOffset ExtendedAt);
