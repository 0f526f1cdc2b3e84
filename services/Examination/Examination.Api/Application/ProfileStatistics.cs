namespace Customs.Examination.Api.Application;

public sealed record ProfileStatistics(Guid ProfileId, DateOnly From, DateOnly To, int Hits, int Selections, int Examinations, int Findings, decimal HitRate);
