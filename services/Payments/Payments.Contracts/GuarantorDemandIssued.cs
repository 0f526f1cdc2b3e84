namespace Customs.Payments.Contracts;

/// <summary>
/// A demand was lodged to the guarantor of an operation whose obligation was breached: the duties outstanding and the
/// penalties charged for at most three months from the day after the term (Art. 349(3)), at most the reservation.
/// </summary>
public sealed record GuarantorDemandIssued
{
    public required Guid DemandId { get; init; }

    public required Guid SecurityId { get; init; }

    /// <summary>bank_guarantee, surety or insurance.</summary>
    public required string Method { get; init; }

    public required string GuarantorTaxpayerNumber { get; init; }

    public required string OperationReference { get; init; }

    public required string DeclarationId { get; init; }

    public required decimal DutiesRub { get; init; }

    /// <summary>Art. 336(3): the interest of a deferral charged and unpaid on the demand's day (zero when the message predates it).</summary>
    public decimal InterestRub { get; init; }

    public required decimal PenaltiesRub { get; init; }

    public required decimal AmountRub { get; init; }

    public required DateOnly DispatchedOn { get; init; }

    public required DateOnly LastPenaltyDay { get; init; }

    /// <summary>Art. 350(4): the last day to meet it, 10 to 20 working days after its receipt.</summary>
    public DateOnly? MeetBy { get; init; }
}
