using Customs.Declarations.Contracts;

namespace Customs.Declarations.Api.Domain;

/// <summary>The content of a declaration as filed; it does not change after filing.</summary>
public sealed record DeclarationDraft
{
    public required DeclarationKind Kind { get; init; }
    public required MovementDirection Direction { get; init; }
    public required string CustomsOfficeCode { get; init; }
    public required DeclarationParty Declarant { get; init; }

    /// <summary>The person a customs broker (the declarant) acts for.</summary>
    public DeclarationParty? Principal { get; init; }

    /// <summary>The addressee of a postal item or of unaccompanied luggage.</summary>
    public DeclarationParty? Recipient { get; init; }
    /// <summary>ISO 3166-1 alpha-2: the country the goods were dispatched from; null when not declared.</summary>
    public string? DispatchCountryCode { get; init; }
    public required DateOnly? PresentationDate { get; init; }
    public required string PresentationPlace { get; init; }
    public PassengerDetails? Passenger { get; init; }
    public required IReadOnlyList<DeclaredGoodsItem> Items { get; init; }

    public bool IsPassenger => Kind is DeclarationKind.PassengerAccompaniedLuggage or DeclarationKind.PassengerUnaccompaniedLuggage;

    public bool IsCommercial => Kind is DeclarationKind.CommercialImport or DeclarationKind.CommercialExport;

    /// <summary>
    /// Goods of natural persons for personal use: passengers' luggage, and postal items to natural persons
    /// (Art. 400 for IP, Art. 319(2)[2] for the weekly value threshold).
    /// </summary>
    public bool ForPersonalUse =>
        Items.Count > 0 && Items.All(i => i.IntendedUse == IntendedUse.Personal)
        && (IsPassenger || (Kind == DeclarationKind.InternationalPostalItem && Recipient?.Kind == PartyKind.NaturalPerson));
}
