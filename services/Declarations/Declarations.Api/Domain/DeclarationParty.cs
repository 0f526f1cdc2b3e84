using Customs.Declarations.Contracts;

namespace Customs.Declarations.Api.Domain;

/// <summary>A declarant, principal or recipient: legal or natural person with a taxpayer number (INN) where required.</summary>
public sealed record DeclarationParty(PartyKind Kind, string Name, string? TaxpayerNumber, string Address, string CountryCode);
