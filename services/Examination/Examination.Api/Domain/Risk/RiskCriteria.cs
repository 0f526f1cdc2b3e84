namespace Customs.Examination.Api.Domain.Risk;

/// <summary>
/// What a profile looks for (Art. 358(3): the goods, documents and persons to be controlled). Every criterion set must hold;
/// the item criteria together on one goods item.
/// </summary>
public sealed record RiskCriteria
{
    public IReadOnlyList<DeclarationKind> DeclarationKinds { get; init; } = [];
    public IReadOnlyList<string> TaxpayerNumbers { get; init; } = [];
    public int MinPriorDiscrepancies { get; init; }
    public IReadOnlyList<string> TariffCodePrefixes { get; init; } = [];
    public IReadOnlyList<string> OriginCountries { get; init; } = [];
    public IReadOnlyList<string> DispatchCountries { get; init; } = [];
    public IReadOnlyList<string> Brands { get; init; } = [];
    public DecimalBand? UnitValueOutside { get; init; }
    public string? UnitValueCurrency { get; init; }
    public DecimalBand? GrossWeightKg { get; init; }

    public bool HasDeclarationCriteria => DeclarationKinds.Count > 0 || TaxpayerNumbers.Count > 0 || MinPriorDiscrepancies > 0;

    public bool HasItemCriteria =>
        TariffCodePrefixes.Count > 0 || OriginCountries.Count > 0 || DispatchCountries.Count > 0 || Brands.Count > 0
        || UnitValueOutside is not null || GrossWeightKg is not null;
}
