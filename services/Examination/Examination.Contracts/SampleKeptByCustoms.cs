namespace Customs.Examination.Contracts;

/// <summary>
/// A sample customs took (Art. 383(1)) was not returned: customs keeps it. Art. 383(4): the customs value of the declared
/// goods is reduced by the sample's customs value; the Declarations service records it, Payments reassesses.
/// </summary>
public sealed record SampleKeptByCustoms
{
    public required Guid AnalysisId { get; init; }

    public required int SampleNumber { get; init; }

    public required Guid DeclarationId { get; init; }

    public required int ItemNumber { get; init; }

    public required decimal Quantity { get; init; }

    public required string Unit { get; init; }

    /// <summary>The sample's customs value in roubles.</summary>
    public required decimal CustomsValueRub { get; init; }

    public required string OfficerId { get; init; }

    public required DateTimeOffset KeptAt { get; init; }
}
