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
            CashLimit = e.CashLimit,
            CashCurrency = e.CashCurrency,
            TobaccoAllowances = e.TobaccoAllowances,
            TobaccoGrams = e.TobaccoGrams,
            AdultAge = e.AdultAge,
            ExportFishKg = e.ExportFishKg,
            ExportSturgeonCaviarKg = e.ExportSturgeonCaviarKg,
            InseparableGoodsKg = e.InseparableGoodsKg,
            TariffCategories = [.. e.TariffCategories.Select(c => new TariffCategoryRule(c.Prefix, c.Category, c.Except ?? [], c.Memo))],
        }));
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
        DateOnly EffectiveFrom, string Source, decimal CashLimit, string CashCurrency, IReadOnlyList<TobaccoAllowance> TobaccoAllowances,
        decimal TobaccoGrams, int AdultAge, decimal ExportFishKg, decimal ExportSturgeonCaviarKg,
        decimal InseparableGoodsKg, IReadOnlyList<CategoryEntry> TariffCategories);

    private sealed record CategoryEntry(string Prefix, GoodsCategory Category, IReadOnlyList<string>? Except, string Memo);
}
