namespace Customs.Examination.Api.Domain.Examinations;

public enum ExaminationStatus
{
    Unspecified = 0,
    Open = 1,
    Completed = 2,

    /// <summary>Ended without a record: the declaration was withdrawn or regarded as void (Art. 356(1)[1]-[2]).</summary>
    Ended = 3,
}
