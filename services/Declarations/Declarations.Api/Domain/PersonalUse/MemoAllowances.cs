namespace Customs.Declarations.Api.Domain.PersonalUse;

/// <summary>
/// The memo's allowances and flat rates of goods for personal use, as the Payments service holds them (its reference data
/// is the one record of them): duty-free 1 (10,000 EUR and/or 50 kg), duties 3 (ethyl alcohol) and 4 (3 to 5 litres).
/// </summary>
public sealed record MemoAllowances
{
    /// <summary>Memo, declaration case 1: imported goods over this customs value in euros…</summary>
    public required decimal ValueLimitEur { get; init; }

    /// <summary>…and/or over this total weight.</summary>
    public required decimal WeightLimitKg { get; init; }

    /// <summary>Duty-free 2 / case 9: alcoholic beverages up to this volume.</summary>
    public required decimal AlcoholFreeLitres { get; init; }

    /// <summary>Duties 3-4: up to this many litres (inclusive) pay the flat rates; more is not personal use.</summary>
    public required decimal AlcoholMaxLitres { get; init; }
    public required decimal AlcoholEurPerLitre { get; init; }
    public required decimal EthylAlcoholEurPerLitre { get; init; }

    /// <summary>The tariff heading of ethyl alcohol (2207).</summary>
    public required string EthylAlcoholCode { get; init; }

    public required DateOnly EffectiveFrom { get; init; }
    public required string Source { get; init; }
}
