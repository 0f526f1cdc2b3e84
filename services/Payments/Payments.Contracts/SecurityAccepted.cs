namespace Customs.Payments.Contracts;

/// <summary>A customs office accepted a security of customs payments (Art. 340): its amount is what its reservations may share.</summary>
public sealed record SecurityAccepted
{
    public required Guid SecurityId { get; init; }

    public required string SecurityReference { get; init; }

    /// <summary>pledge, bank_guarantee, cash_deposit, surety or insurance.</summary>
    public required string Method { get; init; }

    public required string PrincipalTaxpayerNumber { get; init; }

    /// <summary>The bank, insurer or surety; empty for a pledge or a cash deposit.</summary>
    public required string GuarantorTaxpayerNumber { get; init; }

    /// <summary>Art. 337(3): usable by any customs office.</summary>
    public required bool General { get; init; }

    public required string OfficeCode { get; init; }

    public required decimal AmountRub { get; init; }

    public required DateOnly AcceptedOn { get; init; }

    /// <summary>Art. 345(5): the customs receipt of a cash deposit; empty otherwise.</summary>
    public required string ReceiptNumber { get; init; }

    /// <summary>Art. 345(1): a cash deposit's currency and amount as paid (its rouble equivalent is <see cref="AmountRub"/>).</summary>
    public string DepositCurrency { get; init; } = "RUB";

    public decimal DepositAmount { get; init; }
}
