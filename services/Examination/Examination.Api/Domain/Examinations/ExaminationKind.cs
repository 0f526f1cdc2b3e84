namespace Customs.Examination.Api.Domain.Examinations;

public enum ExaminationKind
{
    Unspecified = 0,

    /// <summary>Art. 371: external and visual, nothing opened.</summary>
    Inspection = 1,

    /// <summary>Art. 372: packages opened, seals removed.</summary>
    Examination = 2,
}
