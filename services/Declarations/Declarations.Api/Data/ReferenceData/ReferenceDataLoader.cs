using System.Text.Json;
using System.Text.Json.Serialization;
using Customs.Declarations.Api.Domain;
using Customs.Declarations.Api.Domain.PersonalUse;

namespace Customs.Declarations.Api.Data.ReferenceData;

/// <summary>Reads the effective-dated reference data embedded in the service (Data/ReferenceData/*.json).</summary>
public static class ReferenceDataLoader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static ThresholdSchedule LoadThresholds()
    {
        var file = Read<ThresholdFile>("personal-use-thresholds.json");
        return new ThresholdSchedule(file.Entries.Select(e => new PersonalUseThresholds
        {
            EffectiveFrom = e.EffectiveFrom,
            Source = e.Source,
            ImportValueLimit = e.ImportValueLimit,
            ImportValueCurrency = e.ImportValueCurrency,
            ImportWeightLimitKg = e.ImportWeightLimitKg,
            CashLimit = e.CashLimit,
            CashCurrency = e.CashCurrency,
            AlcoholLitres = e.AlcoholLitres,
            AlcoholMaxLitres = e.AlcoholMaxLitres,
            AlcoholExcessRatePerLitre = e.AlcoholExcessRatePerLitre,
            EthylAlcoholRatePerLitre = e.EthylAlcoholRatePerLitre,
            AlcoholRateCurrency = e.AlcoholRateCurrency,
            EthylAlcoholPrefix = e.EthylAlcoholPrefix,
            TobaccoAllowances = e.TobaccoAllowances,
            TobaccoGrams = e.TobaccoGrams,
            AdultAge = e.AdultAge,
            ExportFishKg = e.ExportFishKg,
            ExportSturgeonCaviarKg = e.ExportSturgeonCaviarKg,
            InseparableGoodsKg = e.InseparableGoodsKg,
            TariffCategories = [.. e.TariffCategories.Select(c => new TariffCategoryRule(c.Prefix, c.Category, c.Except ?? [], c.Memo))],
        }));
    }

    /// <summary>The rates shipped with the service: a development sample until the Payments service's Central Bank feed exists.</summary>
    public static TabularExchangeRates LoadExchangeRates()
    {
        var file = Read<RatesFile>("exchange-rates.json");
        // Every conversion names its source, so a decision taken on sample rates says so.
        var source = file.Sample ? $"{file.Source} (sample prepared {file.PreparedOn:yyyy-MM-dd})" : file.Source;
        return new(source, file.Days.Select(d => (d.Date, (IReadOnlyDictionary<string, decimal>)d.RubPerUnit)));
    }

    private static T Read<T>(string name)
    {
        var assembly = typeof(ReferenceDataLoader).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidOperationException($"{name} is empty.");
    }

    private sealed record ThresholdFile(IReadOnlyList<ThresholdEntry> Entries);

    private sealed record ThresholdEntry(
        DateOnly EffectiveFrom, string Source, decimal ImportValueLimit, string ImportValueCurrency, decimal ImportWeightLimitKg,
        decimal CashLimit, string CashCurrency, decimal AlcoholLitres, decimal AlcoholMaxLitres, decimal AlcoholExcessRatePerLitre,
        decimal EthylAlcoholRatePerLitre, string AlcoholRateCurrency, string EthylAlcoholPrefix, IReadOnlyList<TobaccoAllowance> TobaccoAllowances,
        decimal TobaccoGrams, int AdultAge, decimal ExportFishKg, decimal ExportSturgeonCaviarKg,
        decimal InseparableGoodsKg, IReadOnlyList<CategoryEntry> TariffCategories);

    private sealed record CategoryEntry(string Prefix, GoodsCategory Category, IReadOnlyList<string>? Except, string Memo);

    private sealed record RatesFile(string Notice, bool Sample, DateOnly PreparedOn, string Source, IReadOnlyList<RatesDay> Days);

    private sealed record RatesDay(DateOnly Date, Dictionary<string, decimal> RubPerUnit);
}
