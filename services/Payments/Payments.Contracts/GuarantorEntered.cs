namespace Customs.Payments.Contracts;

/// <summary>
/// A bank, bank branch or insurer was entered in the register of Art. 342 (343(10): from the first day of the month after
/// the decision), with the limits of 342(4).
/// </summary>
public sealed record GuarantorEntered
{
    public required string TaxpayerNumber { get; init; }

    public required string Name { get; init; }

    /// <summary>bank, bank_branch or insurer.</summary>
    public required string Kind { get; init; }

    public required Guid ApplicationId { get; init; }

    public required DateOnly DecidedOn { get; init; }

    public required DateOnly EnteredFrom { get; init; }

    public required decimal MinPerGuaranteeRub { get; init; }

    public required decimal MaxPerGuaranteeRub { get; init; }

    public required decimal MaxConcurrentRub { get; init; }
}
