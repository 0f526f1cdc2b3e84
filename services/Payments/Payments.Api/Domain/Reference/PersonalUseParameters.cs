namespace Customs.Payments.Api.Domain.Reference;

/// <summary>The memo's parameters for passengers' goods for personal use (FCS letter 04-30/60671 of 12.12.2011).</summary>
public sealed record PersonalUseParameters
{
    public required decimal ValueAllowanceEur { get; init; }
    public required decimal WeightAllowanceKg { get; init; }
    public required decimal FlatRatePercent { get; init; }
    public required decimal FlatRateMinEurPerKg { get; init; }
    public required decimal AlcoholFreeLitres { get; init; }
    public required decimal AlcoholMaxLitres { get; init; }
    public required decimal AlcoholEurPerLitre { get; init; }
    public required decimal EthylAlcoholEurPerLitre { get; init; }
    public required string EthylAlcoholCode { get; init; }
    public required IReadOnlyList<string> AlcoholCodes { get; init; }
}
