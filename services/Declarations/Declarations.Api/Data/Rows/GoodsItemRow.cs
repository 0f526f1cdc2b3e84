namespace Customs.Declarations.Api.Data.Rows;

internal sealed class GoodsItemRow
{
    public Guid DeclarationId { get; set; }
    public int ItemNumber { get; set; }
    public string Description { get; set; } = "";
    public string TariffCode { get; set; } = "";
    public string? Brand { get; set; }
    public string OriginCountryCode { get; set; } = "";
    public decimal Quantity { get; set; }
    public string Unit { get; set; } = "";
    public decimal? GrossWeightKg { get; set; }
    public decimal? NetWeightKg { get; set; }
    public decimal InvoiceValue { get; set; }
    public string InvoiceCurrency { get; set; } = "";
    public decimal? CustomsValue { get; set; }
    public string? CustomsValueCurrency { get; set; }
    public int? CustomsValueMethod { get; set; }
    public string IntendedUse { get; set; } = "";
    public string Documents { get; set; } = "[]";
    public string DeclaredCategories { get; set; } = "[]";
    public decimal? EstablishedQuantity { get; set; }
    public string? EstablishedByForm { get; set; }
    public string? EstablishedBy { get; set; }
    public DateTime? EstablishedAt { get; set; }
    public decimal? EstablishedCustomsValue { get; set; }
    public string? EstablishedValueCurrency { get; set; }
    public int? EstablishedValueMethod { get; set; }
    public string? EstablishedValueDecision { get; set; }
    public string? EstablishedValueBy { get; set; }
    public DateTime? EstablishedValueAt { get; set; }
    public string KeptSamples { get; set; } = "[]";
}
