namespace Customs.Examination.Api.Domain.Risk;

/// <summary>What selection knows of a registered declaration (from the DeclarationRegistered event) and of its declarant.</summary>
public sealed record DeclarationFacts
{
    public required Guid DeclarationId { get; init; }
    public required string RegistrationNumber { get; init; }
    public required string OfficeCode { get; init; }
    public required Direction Direction { get; init; }
    public required DeclarationKind Kind { get; init; }
    public required DateOnly AcceptanceDate { get; init; }

    /// <summary>The declarant's, principal's and recipient's taxpayer numbers, as present.</summary>
    public IReadOnlyList<string> TaxpayerNumbers { get; init; } = [];

    /// <summary>The declarant's for an export, the principal's (else the declarant's) for an import.</summary>
    public string? DispatchCountry { get; init; }

    /// <summary>Earlier examinations of the declarant's goods that found a discrepancy (its compliance history).</summary>
    public int PriorDiscrepancies { get; init; }

    public required IReadOnlyList<ItemFacts> Items { get; init; }
}
