namespace Customs.Examination.Api.Domain.Experts;

public enum AnalysisStatus
{
    Unspecified = 0,
    Ordered = 1,
    Concluded = 2,
}
