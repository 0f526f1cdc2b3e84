namespace Customs.Declarations.Api.Domain.PersonalUse;

/// <summary>
/// The memo's limits as in force from <see cref="EffectiveFrom"/>; reference data, chosen by the acceptance date (Art. 325).
/// The allowances and flat rates that are also the Payments service's (value, weight, alcohol) are its, read for the day
/// (<see cref="Allowances"/>); the rest are the memo's declaration rules, kept here.
/// </summary>
public sealed record PersonalUseThresholds
{
    public required DateOnly EffectiveFrom { get; init; }
    public required string Source { get; init; }

    /// <summary>The figures Payments holds for the day (<see cref="ThresholdSchedule.InForceOn"/> sets them; never read before).</summary>
    public MemoAllowances Allowances
    {
        get => _allowances ?? throw new InvalidOperationException("The memo's allowances come from the Payments service for the day; none were given.");
        init => _allowances = value;
    }

    private readonly MemoAllowances? _allowances;

    /// <summary>Memo, declaration case 1: imported goods over this customs value…</summary>
    public decimal ImportValueLimit => Allowances.ValueLimitEur;
    public string ImportValueCurrency => "EUR";

    /// <summary>…and/or over this total weight.</summary>
    public decimal ImportWeightLimitKg => Allowances.WeightLimitKg;

    /// <summary>Case 2: cash and traveller's cheques over this amount.</summary>
    public required decimal CashLimit { get; init; }
    public required string CashCurrency { get; init; }

    /// <summary>Case 9: imported alcoholic beverages over this volume.</summary>
    public decimal AlcoholLitres => Allowances.AlcoholFreeLitres;

    /// <summary>Duties 4: 3 to this many litres (inclusive) pay a flat rate on the part over <see cref="AlcoholLitres"/>; more is not personal use.</summary>
    public decimal AlcoholMaxLitres => Allowances.AlcoholMaxLitres;
    public decimal AlcoholExcessRatePerLitre => Allowances.AlcoholEurPerLitre;

    /// <summary>Duties 3: ethyl alcohol (<see cref="EthylAlcoholPrefix"/>) pays this flat rate per litre, up to <see cref="AlcoholMaxLitres"/>.</summary>
    public decimal EthylAlcoholRatePerLitre => Allowances.EthylAlcoholEurPerLitre;
    public string AlcoholRateCurrency => "EUR";
    public string EthylAlcoholPrefix => Allowances.EthylAlcoholCode;

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
