namespace Customs.Payments.Contracts;

/// <summary>Money was booked to a payer's account as an advance (Art. 330): the payer's until directed.</summary>
public sealed record PaymentReceived
{
    public required string PaymentReference { get; init; }

    public required string PayerTaxpayerNumber { get; init; }

    public required decimal AmountRub { get; init; }

    public required DateOnly PaidOn { get; init; }
}
