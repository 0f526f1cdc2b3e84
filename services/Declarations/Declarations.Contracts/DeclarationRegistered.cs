namespace Customs.Declarations.Contracts;

/// <summary>
/// A declaration was accepted (registered). Its acceptance date fixes the rates, exchange rate and
/// rules that apply (Arts. 325–326). Carries everything the IP register, Payments and Examination need
/// to screen, assess and select it for control without calling back.
/// </summary>
public sealed record DeclarationRegistered
{
    public required Guid DeclarationId { get; init; }

    public required string RegistrationNumber { get; init; }

    public required DeclarationKind Kind { get; init; }

    public required string CustomsOfficeCode { get; init; }

    public required DateOnly AcceptanceDate { get; init; }

    /// <summary>The day the goods were presented to customs: Art. 329(1) counts the term of payment of imports from it.</summary>
    public DateOnly? PresentationDate { get; init; }

    public required DateTimeOffset RegisteredAt { get; init; }

    public required Party Declarant { get; init; }

    /// <summary>The person a customs broker (the declarant) acts for.</summary>
    public Party? Principal { get; init; }

    public MovementDirection Direction { get; init; }

    /// <summary>ISO 3166-1 alpha-2: the country the goods were dispatched from, as declared; null when not declared.</summary>
    public string? DispatchCountryCode { get; init; }

    /// <summary>Art. 359(1): the check of the declaration and goods ends on this day (3 working days from acceptance).</summary>
    public DateOnly? ControlDeadline { get; init; }

    /// <summary>A passenger's written declaration was mandatory (the memo's list of 15 cases).</summary>
    public bool WrittenDeclarationMandatory { get; init; }

    /// <summary>The recipient of a postal item or unaccompanied luggage.</summary>
    public Party? Recipient { get; init; }

    /// <summary>True for goods of natural persons for personal use, including postal items to them (Arts. 319(2), 400).</summary>
    public required bool ForPersonalUse { get; init; }

    public required IReadOnlyList<GoodsItem> Items { get; init; }
}
