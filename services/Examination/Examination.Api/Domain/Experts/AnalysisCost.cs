namespace Customs.Examination.Api.Domain.Experts;

/// <summary>
/// Art. 378(6): an expense of the analysis, of the customs authorities, a customs laboratory, an expert or an organisation, in
/// an amount of minor units with its currency and the document it is stated in.
/// </summary>
public sealed record AnalysisCost(
    int Number, CostIncurredBy IncurredBy, string Payee, string Description, decimal Amount, string Currency, string Document, DateOnly RecordedOn,
    string RecordedBy);
