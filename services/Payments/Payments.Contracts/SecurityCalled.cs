namespace Customs.Payments.Contracts;

/// <summary>
/// The obligation an operation's reservation secured was breached and the amount is called: taken from a cash deposit
/// (Art. 345(3)), demanded of the guarantor under a bank guarantee or surety.
/// </summary>
public sealed record SecurityCalled
{
    public required Guid SecurityId { get; init; }

    /// <summary>pledge, bank_guarantee, cash_deposit, surety or insurance.</summary>
    public required string Method { get; init; }

    public required string GuarantorTaxpayerNumber { get; init; }

    public required string OperationReference { get; init; }

    public required string DeclarationId { get; init; }

    public required decimal AmountRub { get; init; }

    public required DateOnly CalledOn { get; init; }
}
