namespace Customs.Payments.Contracts;

/// <summary>
/// An organisation left the register of Art. 342 on a ground of 344(1); the guarantees customs accepted from it before stay
/// valid (344(2)); it may apply again a year later (344(3)).
/// </summary>
public sealed record GuarantorExcluded
{
    public required string TaxpayerNumber { get; init; }

    /// <summary>The ground of Art. 344(1) as a code (liquidation_or_reorganisation, licence_withdrawn, ...).</summary>
    public required string Ground { get; init; }

    public required string Reason { get; init; }

    public required DateOnly ExcludedFrom { get; init; }

    public required DateOnly ReentryFrom { get; init; }
}
