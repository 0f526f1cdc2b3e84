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

    /// <summary>Export prohibitions: fish and seafood (except sturgeon caviar), sturgeon caviar.</summary>
    public required decimal ExportFishKg { get; init; }
    public required decimal ExportSturgeonCaviarKg { get; init; }

    /// <summary>Inseparable goods: one unit or set weighing more than this.</summary>
    public required decimal InseparableGoodsKg { get; init; }

    public required IReadOnlyList<TariffCategoryRule> TariffCategories { get; init; }
}
