namespace Customs.Payments.Api.Domain.Securities;

/// <summary>A collection from a cash deposit as booked: the resolution's reference, deposit, declaration, demand and day, and what it took.</summary>
public sealed record StoredDepositCollection(
    string Reference, Guid SecurityId, string DeclarationId, Guid DemandId, DateOnly CollectedOn, DepositCollection Collection)
{
    public bool SameRequest(Guid securityId, string declarationId, Guid demandId, DateOnly collectedOn) =>
        securityId == SecurityId && declarationId == DeclarationId && demandId == DemandId && collectedOn == CollectedOn;
}
