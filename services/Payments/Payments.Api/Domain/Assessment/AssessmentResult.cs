namespace Customs.Payments.Api.Domain.Assessment;

/// <summary>What a declaration owes, figure by figure, with the exchange rates used (roubles per unit, as of acceptance).</summary>
public sealed record AssessmentResult(
    IReadOnlyList<ItemAssessment> Items, IReadOnlyList<Figure> DeclarationFigures, IReadOnlyDictionary<string, decimal> RatesUsed)
{
    public decimal Total => Items.SelectMany(i => i.Figures).Concat(DeclarationFigures).Where(f => f.IsPayment).Sum(f => f.AmountRub);
}
