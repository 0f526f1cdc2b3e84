namespace Customs.Payments.Contracts;

/// <summary>
/// A declaration's customs payments were not paid within their term (Art. 329): from <see cref="AroseOn"/>, the day after
/// the term, the unpaid amount is arrears, penalties run (Art. 349(2)) and a demand is due within 10 days (Art. 350).
/// </summary>
public sealed record ArrearsArose
{
    public required string DeclarationId { get; init; }

    /// <summary>The payer's taxpayer number; empty for a natural person without one.</summary>
    public required string Payer { get; init; }

    /// <summary>The last day of the term of payment.</summary>
    public required DateOnly DueDate { get; init; }

    public required DateOnly AroseOn { get; init; }

    public required decimal ArrearsRub { get; init; }
}
