namespace Customs.Payments.Contracts;

/// <summary>
/// A demand to a guarantor still open after its last day to meet it (Art. 350(4)): the guarantor is in breach of its
/// guarantee, a ground for excluding it from the register (344(1)); published once, when the day after begins at the
/// reservation's office.
/// </summary>
public sealed record GuarantorDemandOverdue
{
    public required Guid DemandId { get; init; }

    public required Guid SecurityId { get; init; }

    public required string GuarantorTaxpayerNumber { get; init; }

    public required string OperationReference { get; init; }

    public required string DeclarationId { get; init; }

    public required DateOnly MeetBy { get; init; }

    /// <summary>What the demand still asks of the guarantor.</summary>
    public required decimal StillAskedRub { get; init; }
}
