namespace Customs.Examination.Api.Domain.Risk;

public sealed record ItemFacts(
    int Number, string Description, string TariffCode, string? Brand, string OriginCountry, decimal Quantity, string Unit,
    decimal? GrossWeightKg, decimal InvoiceValue, string InvoiceCurrency)
{
    public decimal? UnitValue => Quantity > 0 ? InvoiceValue / Quantity : null;
}
