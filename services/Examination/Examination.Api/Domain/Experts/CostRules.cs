using Customs.BuildingBlocks.Amounts;
using Customs.ServiceDefaults;

namespace Customs.Examination.Api.Domain.Experts;

/// <summary>
/// Art. 378(6): "The expenses incurred by the customs authorities, the customs laboratories and other experts and organisations
/// responsible for the expert analyses shall be reimbursed from the federal budget, except for the expert analyses which were not
/// initiated by the customs authorities." The expenses are recorded as amounts; who bears them follows from who initiated the analysis.
/// </summary>
public static class CostRules
{
    public static ExpertAnalysis Record(ExpertAnalysis a, AnalysisCost cost)
    {
        var v = new List<FieldViolation>();
        if (cost.IncurredBy == CostIncurredBy.Unspecified)
        {
            v.Add(new("incurred_by", "is required: the customs authority, a customs laboratory, an expert or an organisation (Art. 378(6))"));
        }

        if (string.IsNullOrWhiteSpace(cost.Payee))
        {
            v.Add(new("payee", "is required: who incurred the expense"));
        }

        if (string.IsNullOrWhiteSpace(cost.Description))
        {
            v.Add(new("description", "is required"));
        }

        if (string.IsNullOrWhiteSpace(cost.Document))
        {
            v.Add(new("document", "is required: the invoice, contract or calculation the amount is stated in"));
        }

        if (cost.Amount <= 0)
        {
            v.Add(new("amount", "must be more than zero"));
        }
        else if (!MinorUnits.Fits(cost.Amount))
        {
            v.Add(new("amount", MinorUnits.TooPrecise));
        }

        RequestValidationException.ThrowIfAny(v);
        var recorded = cost with { Number = a.Costs.Count + 1, Payee = cost.Payee.Trim(), Description = cost.Description.Trim(), Document = cost.Document.Trim() };
        return a with { Costs = [.. a.Costs, recorded] };
    }
}
