using Customs.Examination.Api.Domain.Examinations;
using Customs.Examination.Api.Domain.Experts;
using Customs.Examination.Api.Domain.Risk;
using Customs.ServiceDefaults;

namespace Customs.Examination.Api.Domain.Valuation;

/// <summary>
/// Art. 323(7): "the customs office will determine the goods customs value on its own by way of consecutive application of
/// the available methods". Here on what customs control established: a completed record of an inspection or examination
/// (Arts. 371(4), 372(6)), or an expert's conclusion, which customs takes into consideration (379(5)).
/// </summary>
public static class CustomsValueRules
{
    public const string LegalBasis = "Art. 323(7)";

    /// <summary>The six methods of customs valuation, 1 (transaction value) to 6 (fall-back).</summary>
    public const int LastMethod = 6;

    public static void RequireBasis(GoodsExamination examination)
    {
        if (examination.Status != ExaminationStatus.Completed)
        {
            throw new RuleViolationException(ExaminationErrors.ExaminationNotCompleted,
                $"Examination {examination.Id} has no completed record yet: a value is determined on its results.", "Art. 372(6)");
        }
    }

    public static void RequireBasis(ExpertAnalysis analysis)
    {
        if (!analysis.Conclusions.Any(c => c.Clear))
        {
            throw new RuleViolationException(ExaminationErrors.NoConclusionYet,
                $"Expert analysis {analysis.Id} has no conclusion to determine a value on.", "Art. 379(5)");
        }
    }

    public static void RequireItem(IReadOnlyList<ItemFacts> items, int itemNumber)
    {
        if (items.All(i => i.Number != itemNumber))
        {
            throw new RuleViolationException(ExaminationErrors.ItemNotInDeclaration, $"The declaration has no goods item {itemNumber}.");
        }
    }
}
