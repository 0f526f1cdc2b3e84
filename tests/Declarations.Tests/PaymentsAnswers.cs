using Customs.Declarations.Api.Domain.PersonalUse;

namespace Customs.Declarations.Tests;

/// <summary>
/// What the Payments service answers for a day, as test input: the memo's allowances (its personal-use.json: 10,000 EUR,
/// 50 kg, 3 to 5 litres at 10 EUR/l, ethyl alcohol 22 EUR/l) and, for <see cref="Drafts.Today"/> only, made-up rates.
/// </summary>
internal static class PaymentsAnswers
{
    public static readonly MemoAllowances Memo = new()
    {
        ValueLimitEur = 10_000, WeightLimitKg = 50, AlcoholFreeLitres = 3, AlcoholMaxLitres = 5, AlcoholEurPerLitre = 10,
        EthylAlcoholEurPerLitre = 22, EthylAlcoholCode = "2207", EffectiveFrom = new DateOnly(2010, 7, 1),
        Source = "FCS of Russia letter 04-30/60671 of 12.12.2011 (memo for passengers)",
    };

    /// <summary>Test figures, roubles per unit, set for <see cref="Drafts.Today"/> (not the Bank's).</summary>
    private static readonly (string Currency, decimal RublesPerUnit)[] TodaysRates =
        [("EUR", 92.50m), ("USD", 79.80m), ("CNY", 11.10m), ("GBP", 106.40m), ("TRY", 2.05m), ("KZT", 0.155m), ("JPY", 0.53m), ("CHF", 99.50m)];

    /// <summary>The lines of Payments' export-tariff.json (a SAMPLE: wood in the rough, ferrous scrap, wheat), from 2012.</summary>
    public static readonly ExportDutyLines ExportTariff = new([
        new("1001", "Government Decree on export customs duty rates, sample figure, heading 1001"),
        new("4403", "Government Decree on export customs duty rates, sample figure, heading 4403"),
        new("7204", "Government Decree on export customs duty rates, sample figure, heading 7204"),
    ]);

    public static PersonalUseReference For(DateOnly on, MemoAllowances? memo = null, ExportDutyLines? exportTariff = null) =>
        new(on, memo ?? Memo, new RatesInForce(on, on == Drafts.Today ? TodaysRates.Select(r => new CentralBankRate(r.Currency, r.RublesPerUnit, on)) : []))
        {
            ExportDuty = exportTariff ?? ExportTariff,
        };
}
