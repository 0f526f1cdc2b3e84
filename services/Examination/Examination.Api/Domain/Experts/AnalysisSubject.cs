namespace Customs.Examination.Api.Domain.Experts;

/// <summary>What is analysed; Art. 378(4) limits the term by it.</summary>
public enum AnalysisSubject
{
    Unspecified = 0,
    Goods = 1,
    MeansOfTransport = 2,
    Documents = 3,
}
