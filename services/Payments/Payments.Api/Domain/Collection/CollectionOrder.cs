namespace Customs.Payments.Api.Domain.Collection;

/// <summary>An officer's order to collect: from what, for whom, on which day, and the court's reference where one acts.</summary>
public sealed record CollectionOrder(
    string Reference, string DeclarationId, Guid DemandId, CollectionSource Source, PayerKind PayerKind, DateOnly DecidedOn,
    string CourtReference, bool NoBankAccountDetails);
