using Customs.Payments.Api.Domain.Rates;

namespace Customs.Payments.Api.Domain.Assessment;

/// <summary>What a declaration owes, figure by figure, with the central bank's rates it was assessed at (as of acceptance).</summary>
public sealed record AssessmentResult(
    IReadOnlyList<ItemAssessment> Items, IReadOnlyList<Figure> DeclarationFigures, IReadOnlyList<ExchangeRate> RatesUsed)
{
    public decimal Total => Items.SelectMany(i => i.Figures).Concat(DeclarationFigures).Where(f => f.IsPayment).Sum(f => f.AmountRub);
}
