namespace Customs.Declarations.Contracts;

/// <summary>A document presented for a goods item: permit, licence, notification number, right-holder's consent.</summary>
public sealed record GoodsDocument
{
    public required string Kind { get; init; }

    public required string Reference { get; init; }

    public DateOnly? IssuedOn { get; init; }
}
