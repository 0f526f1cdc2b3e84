namespace Customs.Declarations.Api.Domain.PersonalUse;

/// <summary>The memo's limits as in force from <see cref="EffectiveFrom"/>; reference data, chosen by the acceptance date (Art. 325).</summary>
public sealed record PersonalUseThresholds
{
    public required DateOnly EffectiveFrom { get; init; }
    public required string Source { get; init; }

    /// <summary>Memo, declaration case 1: imported goods over this customs value…</summary>
    public required decimal ImportValueLimit { get; init; }
    public required string ImportValueCurrency { get; init; }

    /// <summary>…and/or over this total weight.</summary>
    public required decimal ImportWeightLimitKg { get; init; }

    /// <summary>Case 2: cash and traveller's cheques over this amount.</summary>
    public required decimal CashLimit { get; init; }
    public required string CashCurrency { get; init; }

    /// <summary>Case 9: imported alcoholic beverages over this volume.</summary>
    public required decimal AlcoholLitres { get; init; }

    /// <summary>Duties 4: 3 to this many litres (inclusive) pay a flat rate on the part over <see cref="AlcoholLitres"/>; more is not personal use.</summary>
    public required decimal AlcoholMaxLitres { get; init; }
    public required decimal AlcoholExcessRatePerLitre { get; init; }

    /// <summary>Duties 3: ethyl alcohol (<see cref="EthylAlcoholPrefix"/>) pays this flat rate per litre, up to <see cref="AlcoholMaxLitres"/>.</summary>
    public required decimal EthylAlcoholRatePerLitre { get; init; }
    public required string AlcoholRateCurrency { get; init; }
    public required string EthylAlcoholPrefix { get; init; }

    /// <summary>Duty-free 3: 200 cigarettes or 50 cigars (cigarillos), counted in pieces…</summary>
    public required IReadOnlyList<TobaccoAllowance> TobaccoAllowances { get; init; }

    /// <summary>…or this many grams of tobacco, or of an assortment of tobacco products.</summary>
    public required decimal TobaccoGrams { get; init; }

    /// <summary>Duty-free 2 and 3: the alcohol and tobacco allowances are per individual aged over this.</summary>
    public required int AdultAge { get; init; }

    /// <summary>Export prohibitions: fish and seafood (except sturgeon caviar), sturgeon caviar.</summary>
    public required decimal ExportFishKg { get; init; }
    public required decimal ExportSturgeonCaviarKg { get; init; }

    /// <summary>Inseparable goods: one unit or set weighing more than this.</summary>
    public required decimal InseparableGoodsKg { get; init; }

    public required IReadOnlyList<TariffCategoryRule> TariffCategories { get; init; }
}
