namespace Customs.Payments.Contracts;

/// <summary>A guarantor paid against its demand (booked once per payment reference): duties first, penalties after (Art. 349(7)).</summary>
public sealed record GuarantorPaid
{
    public required Guid DemandId { get; init; }

    public required string PaymentReference { get; init; }

    public required string GuarantorTaxpayerNumber { get; init; }

    public required string DeclarationId { get; init; }

    public required decimal AmountRub { get; init; }

    public required decimal ToPaymentsRub { get; init; }

    public required decimal ToPenaltiesRub { get; init; }

    public required DateOnly PaidOn { get; init; }

    /// <summary>True once the demand is met: the reservation ended as called.</summary>
    public required bool DemandMet { get; init; }
}
