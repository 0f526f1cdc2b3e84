namespace Customs.Payments.Api.Domain.Securities;

/// <summary>
/// A demand to the guarantor of one operation's reservation (Arts. 342(3), 346, 347, 349(3)): the duties outstanding and
/// the penalties owed on its day, penalties charged to <see cref="LastPenaltyDay"/> at most, never more than the reservation.
/// </summary>
public sealed record GuarantorDemand(
    Guid Id, string Reference, Guid SecurityId, string OperationReference, string DeclarationId, string Guarantor, DateOnly DispatchedOn,
    DateOnly TermEndedOn, DateOnly LastPenaltyDay, decimal DutiesRub, decimal PenaltiesRub, decimal AmountRub, decimal PaidRub, GuarantorDemandStatus Status,
    DateOnly? MetOn, DateTimeOffset IssuedAt)
{
    public decimal StillAskedRub => AmountRub - PaidRub;

    public bool SameRequest(Guid securityId, string operationReference, DateOnly dispatchedOn) =>
        securityId == SecurityId && operationReference == OperationReference && dispatchedOn == DispatchedOn;
}
