namespace Customs.Examination.Api.Domain.Risk;

/// <summary>The grounds of Art. 386 for exempting a person from forms of customs control.</summary>
public enum ExemptionGround
{
    Unspecified = 0,
    President = 1,
    ParliamentOrJudge = 2,
    MilitaryHardware = 3,
    Treaty = 4,
    SecurityDecision = 5,
}
