namespace Customs.Payments.Contracts;

/// <summary>Money was booked to a payer's account as an advance (Art. 330): the payer's until directed.</summary>
public sealed record PaymentReceived
{
    public required string PaymentReference { get; init; }

    public required string PayerTaxpayerNumber { get; init; }

    /// <summary>In roubles; for a foreign currency its value at the central bank's rate in force on the day paid, for
    /// information only: the advance stays in its currency until directed, and is converted then (Art. 331(3)).</summary>
    public required decimal AmountRub { get; init; }

    /// <summary>The currency paid in (Arts. 330(2), 331(2)): RUB, or one the central bank quotes.</summary>
    public string Currency { get; init; } = "RUB";

    /// <summary>The amount in <see cref="Currency"/>.</summary>
    public decimal Amount { get; init; }

    public required DateOnly PaidOn { get; init; }
}
