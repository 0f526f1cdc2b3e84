namespace Customs.Examination.Api.Domain.Experts;

/// <summary>The declarant's rights of Art. 382(1), numbered as there.</summary>
public enum DeclarantRight
{
    Unspecified = 0,
    ChallengeExpert = 1,
    NameExpert = 2,
    AddQuestions = 3,
    Attend = 4,
    TakeSamples = 5,
    ReadConclusion = 6,
    FurtherAnalysis = 7,
}
