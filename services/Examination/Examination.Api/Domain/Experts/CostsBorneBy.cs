namespace Customs.Examination.Api.Domain.Experts;

/// <summary>Art. 378(6): who bears the costs of an analysis.</summary>
public enum CostsBorneBy
{
    Unspecified = 0,
    FederalBudget = 1,
    Initiator = 2,
}
