namespace Customs.Declarations.Contracts;

/// <summary>
/// Customs changed the customs value of a goods item: it determined the value itself (Art. 323(7)) or kept samples of it
/// (Art. 383(4)). The item's whole state is given, so Payments reassesses on it whichever change came first.
/// </summary>
public sealed record CustomsValueEstablished
{
    public required Guid DeclarationId { get; init; }

    public required string RegistrationNumber { get; init; }

    public required int ItemNumber { get; init; }

    /// <summary>The value customs determined, in <see cref="EstablishedCurrency"/>; null: the declared one stands.</summary>
    public decimal? EstablishedValue { get; init; }

    public string? EstablishedCurrency { get; init; }

    /// <summary>Art. 383(4): the value in roubles of the samples customs kept, by which the item's customs value is reduced.</summary>
    public required decimal KeptSamplesValueRub { get; init; }

    public required DateOnly AcceptanceDate { get; init; }

    /// <summary>The goods were released already (Art. 323(7): the additional payments are then demanded, Art. 350).</summary>
    public required bool AfterRelease { get; init; }

    public required DateTimeOffset EstablishedAt { get; init; }

    public required string LegalBasis { get; init; }
}
