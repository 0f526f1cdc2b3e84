namespace Customs.Examination.Api.Domain.Valuation;

/// <summary>What customs determined a customs value on.</summary>
public enum ValueBasis
{
    Unspecified = 0,
    Examination = 1,
    ExpertAnalysis = 2,
}
