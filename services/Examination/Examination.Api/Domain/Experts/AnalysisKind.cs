namespace Customs.Examination.Api.Domain.Experts;

/// <summary>Art. 380: a first analysis, an additional one (unclear or incomplete conclusions), a second one (doubted, by another expert).</summary>
public enum AnalysisKind
{
    Unspecified = 0,
    Primary = 1,
    Additional = 2,
    Second = 3,
}
