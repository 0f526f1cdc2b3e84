namespace Customs.Examination.Api.Domain.Experts;

/// <summary>Art. 378(6): who initiated an analysis.</summary>
public enum AnalysisInitiator
{
    Unspecified = 0,
    Customs = 1,
    InterestedPerson = 2,
}
