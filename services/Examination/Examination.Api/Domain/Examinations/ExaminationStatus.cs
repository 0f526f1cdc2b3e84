namespace Customs.Examination.Api.Domain.Examinations;

public enum ExaminationStatus
{
    Unspecified = 0,
    Open = 1,
    Completed = 2,
}
