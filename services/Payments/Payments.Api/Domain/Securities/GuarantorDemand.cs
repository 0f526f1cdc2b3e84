namespace Customs.Payments.Api.Domain.Securities;

/// <summary>
/// A demand to the guarantor of one operation's reservation (Arts. 342(3), 346, 347, 349(3)): the duties outstanding and
/// the penalties owed on its day, penalties charged to <see cref="LastPenaltyDay"/> at most, and the interest of Art. 336
/// charged and unpaid, never more than the reservation.
/// </summary>
public sealed record GuarantorDemand(
    Guid Id, string Reference, Guid SecurityId, string OperationReference, string DeclarationId, string Guarantor, DateOnly DispatchedOn,
    DateOnly TermEndedOn, DateOnly LastPenaltyDay, decimal DutiesRub, decimal PenaltiesRub, decimal AmountRub, decimal PaidRub, GuarantorDemandStatus Status,
    DateOnly? MetOn, DateTimeOffset IssuedAt)
{
    public decimal StillAskedRub => AmountRub - PaidRub;

    /// <summary>Art. 336(3): the interest of a deferral charged and unpaid on the demand's day, asked as the duties are.</summary>
    public decimal InterestRub { get; init; }

    /// <summary>What the guarantor's payments paid of the penalties: no more than <see cref="GuarantorDemand.PenaltiesRub"/> (349(3)).</summary>
    public decimal PenaltiesPaidRub { get; init; }

    /// <summary>Art. 350(4), (5): its delivery, receipt and the last day to meet it; none on demands lodged before migration 0021.</summary>
    public GuarantorDemandTerm? Term { get; init; }

    /// <summary>
    /// Art. 344(1): "breach of the obligations as per a bank guarantee" is on record on <paramref name="day"/> when a demand's
    /// last day to meet it (350(4)) passed before that day and it was not met by then: still open, or met later.
    /// </summary>
    public bool BreachedBefore(DateOnly day) => Term is { } term && term.MeetBy < day
        && (Status == GuarantorDemandStatus.Open || MetOn > term.MeetBy);

    /// <summary>Open after the last day to meet it: the guarantor is in breach of its guarantee (344(1)).</summary>
    public bool OverdueOn(DateOnly today) => Status == GuarantorDemandStatus.Open && Term is { } term && today > term.MeetBy;

    /// <summary>A payment made after the last day to meet the demand.</summary>
    public bool PaidLate(DateOnly paidOn) => Term is { } term && paidOn > term.MeetBy;

    public bool SameRequest(Guid securityId, string operationReference, DateOnly dispatchedOn) =>
        securityId == SecurityId && operationReference == OperationReference && dispatchedOn == DispatchedOn;
}
