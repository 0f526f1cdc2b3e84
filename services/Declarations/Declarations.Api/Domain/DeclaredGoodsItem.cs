using Customs.Declarations.Contracts;

namespace Customs.Declarations.Api.Domain;

/// <summary>One goods item as declared (the declared figures never change; customs' own figures are kept beside them).</summary>
public sealed record DeclaredGoodsItem
{
    public required int Number { get; init; }
    public required string Description { get; init; }
    public required string TariffCode { get; init; }
    public string? Brand { get; init; }
    public required string OriginCountryCode { get; init; }
    public required decimal Quantity { get; init; }
    public required string Unit { get; init; }
    public decimal? GrossWeightKg { get; init; }
    public decimal? NetWeightKg { get; init; }
    public required decimal InvoiceValue { get; init; }
    public required string InvoiceCurrency { get; init; }
    public decimal? CustomsValue { get; init; }
    public string? CustomsValueCurrency { get; init; }

    /// <summary>Method of customs valuation, 1 (transaction value) to 6 (fall-back).</summary>
    public int? CustomsValueMethod { get; init; }
    public required IntendedUse IntendedUse { get; init; }
    public IReadOnlyList<GoodsDocumentRef> Documents { get; init; } = [];
    public IReadOnlyList<GoodsCategory> DeclaredCategories { get; init; } = [];

    /// <summary>Memo, not personal use 6: medical equipment needed during the journey is excepted (as is prescribed equipment).</summary>
    public bool NeededDuringJourney { get; init; }

    public bool HasDocument(DocumentKind kind) =>
        Documents.Any(d => d.Kind == kind && !string.IsNullOrWhiteSpace(d.Reference));
}
