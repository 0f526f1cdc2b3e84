namespace Customs.Examination.Api.Domain.Risk;

/// <summary>The ten forms of customs control of Art. 366, numbered as the Article lists them.</summary>
public enum ControlForm
{
    Unspecified = 0,
    DocumentVerification = 1,
    VerbalInquiry = 2,
    Explanations = 3,
    Monitoring = 4,
    Examination = 5,
    Inspection = 6,
    PersonalSearch = 7,
    MarkingVerification = 8,
    PremisesInspection = 9,
    Audit = 10,
}
