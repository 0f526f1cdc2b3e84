namespace Customs.Declarations.Contracts;

/// <summary>A declarant, principal or recipient as the other services need it (name and address are told to right-holders, Art. 397(2)).</summary>
public sealed record Party
{
    public required PartyKind Kind { get; init; }

    public required string Name { get; init; }

    public string? TaxpayerNumber { get; init; }

    public required string Address { get; init; }

    public required string CountryCode { get; init; }
}
