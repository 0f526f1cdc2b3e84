namespace Customs.Payments.Api.Domain.Assessment;

/// <summary>A goods item as declared or established: an empty tariff code means the code is unknown (Art. 327(2)).</summary>
public sealed record ItemToAssess(
    int ItemNumber, string TariffCode, decimal CustomsValue, string Currency, decimal Quantity, decimal NetWeightKg, decimal AlcoholLitres)
{
    /// <summary>Art. 383(4): the customs value in roubles of samples customs took and kept, by which the item's is reduced.</summary>
    public decimal ValueReductionRub { get; init; }
}
