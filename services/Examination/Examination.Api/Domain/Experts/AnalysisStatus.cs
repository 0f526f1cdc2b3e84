namespace Customs.Examination.Api.Domain.Experts;

public enum AnalysisStatus
{
    Unspecified = 0,
    Ordered = 1,
    Concluded = 2,

    /// <summary>Ended before its conclusion: the declaration was withdrawn or regarded as void (Art. 356(1)[1]-[2]).</summary>
    Ended = 3,
}
