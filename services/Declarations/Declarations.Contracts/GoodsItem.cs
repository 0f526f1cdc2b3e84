namespace Customs.Declarations.Contracts;

/// <summary>One goods item of a declaration, with what screening, assessment and risk selection need.</summary>
public sealed record GoodsItem
{
    public required int Number { get; init; }

    public required string Description { get; init; }

    /// <summary>10-digit commodity code of the tariff nomenclature.</summary>
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

    /// <summary>Method of customs valuation, 1 (transaction value) to 6.</summary>
    public int? CustomsValueMethod { get; init; }

    public required IntendedUse IntendedUse { get; init; }

    public IReadOnlyList<GoodsDocument> Documents { get; init; } = [];
}
