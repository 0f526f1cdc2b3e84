namespace Customs.Payments.Contracts;

/// <summary>A guarantor paid against its demand (booked once per payment reference): duties first, then interest, penalties after (Arts. 336(2), 349(7));
/// of the penalties only those its demand states (349(3)).</summary>
public sealed record GuarantorPaid
{
    public required Guid DemandId { get; init; }

    public required string PaymentReference { get; init; }

    public required string GuarantorTaxpayerNumber { get; init; }

    public required string DeclarationId { get; init; }

    public required decimal AmountRub { get; init; }

    public required decimal ToPaymentsRub { get; init; }

    public required decimal ToPenaltiesRub { get; init; }

    /// <summary>Art. 336(3): what it paid of the interest of a deferral (zero when the message predates it).</summary>
    public decimal ToInterestRub { get; init; }

    public required DateOnly PaidOn { get; init; }

    /// <summary>Paid after the demand's last day to meet it (Art. 350(4)).</summary>
    public bool PaidLate { get; init; }

    /// <summary>True once the demand is met: the reservation ended as called.</summary>
    public required bool DemandMet { get; init; }
}
