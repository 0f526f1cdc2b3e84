namespace Customs.Examination.Api.Domain.Experts;

/// <summary>Art. 380: a first analysis, an additional one (unclear or incomplete conclusions), a second one (doubted, by another expert).</summary>
public enum AnalysisKind
{
    Unspecified = 0,
    Primary = 1,
    Additional = 2,
    Second = 3,
}

/// <summary>What is analysed; Art. 378(4) limits the term by it.</summary>
public enum AnalysisSubject
{
    Unspecified = 0,
    Goods = 1,
    MeansOfTransport = 2,
    Documents = 3,
}

public enum AnalysisStatus
{
    Unspecified = 0,
    Ordered = 1,
    Concluded = 2,
}

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

/// <summary>Art. 383(11): what became of a sample after the investigation.</summary>
public enum SampleDisposition
{
    Unspecified = 0,
    Held = 1,
    Returned = 2,
    Destroyed = 3,
    KeptByCustoms = 4,
}
