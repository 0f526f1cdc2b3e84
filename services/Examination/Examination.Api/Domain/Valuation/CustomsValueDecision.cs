namespace Customs.Examination.Api.Domain.Valuation;

/// <summary>A customs value customs determined for a goods item itself (Art. 323(7)), with what it was determined on.</summary>
public sealed record CustomsValueDecision(
    Guid Id, Guid DeclarationId, int ItemNumber, decimal CustomsValue, string Currency, int ValuationMethod, ValueBasis Basis, Guid BasisId,
    string DecisionReference, string Grounds, string DecidedBy, DateTimeOffset DecidedAt);
