using Customs.BuildingBlocks.ReferenceData;
using Customs.Payments.Api.Domain.Reference;

namespace Customs.Payments.Api.Data.ReferenceData;

/// <summary>
/// Reads the effective-dated reference data embedded in the service (Data/ReferenceData/*.json), and the values an operator
/// adds in files of the same names and shape in <c>Payments:ReferenceDataDirectory</c> (later acts, before a new build
/// ships them); overlaps, within a file or between the two, refuse the start.
/// </summary>
public static class ReferenceDataLoader
{
    private static readonly System.Reflection.Assembly Assembly = typeof(ReferenceDataLoader).Assembly;

    public static ReferenceBook Load(string? moreDirectory = null) => new Loader(moreDirectory).Book();

    private sealed class Loader(string? moreDirectory)
    {
        public ReferenceBook Book() => new()
        {
            Tariff = Lines<TariffRate>("import duty tariff", "tariff.json"),
            ExportTariff = Lines<TariffRate>("export duty tariff", "export-tariff.json"),
            Excise = Lines<ExciseRate>("excise rate", "excise.json"),
            VatPercent = Series<decimal>("VAT rate", "vat.json"),
            ReducedVatPercent = Lines<decimal>("reduced VAT rate", "vat-reduced.json"),
            CustomsFees = Series<IReadOnlyList<FeeBand>>("customs fee bands", "customs-fees.json"),
            PersonalUse = Series<PersonalUseParameters>("memo's personal-use parameters", "personal-use.json"),
            PostalWeekAllowanceRub = Series<decimal>("postal weekly allowance", "postal-allowance.json"),
            RefinancingRatePercent = Series<decimal>("refinancing rate", "refinancing-rate.json"),
            SecurityRequiredFromRub = Series<decimal>("amount from which security is required", "security-threshold.json"),
            ActivitySecurityMinima = Series<ActivitySecurityMinima>("minimum securities of customs-related activities", "activity-security-minima.json"),
        };

        private EffectiveSchedule<T> Series<T>(string name, string file) =>
            ReferenceFile.Schedule(name, [.. ReferenceFile.Read<SeriesFile<T>>(Assembly, file).Values,
                .. ReferenceFile.ReadOptional<SeriesFile<T>>(moreDirectory, file)?.Values ?? []]);

        private CodeLines<T> Lines<T>(string name, string file)
        {
            var lines = ReferenceFile.Read<LinesFile<T>>(Assembly, file).Lines;
            if (lines.GroupBy(l => l.CodePrefix).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                throw new ReferenceDataException($"{file}: the code {twice.Key} has two lines.");
            }

            // A code the added file also has gets its values added to the shipped ones; a new code is a new line.
            var more = ReferenceFile.ReadOptional<LinesFile<T>>(moreDirectory, file)?.Lines ?? [];
            return new(name, lines.Concat(more).GroupBy(l => l.CodePrefix)
                .ToDictionary(g => g.Key, g => ReferenceFile.Schedule($"{name} {g.Key}", g.SelectMany(l => l.Values))));
        }
    }

    private sealed record SeriesFile<T>(string Notice, bool Sample, IReadOnlyList<ReferenceFile.Entry<T>> Values);

    private sealed record LinesFile<T>(string Notice, bool Sample, IReadOnlyList<Line<T>> Lines);

    private sealed record Line<T>(string CodePrefix, string Description, IReadOnlyList<ReferenceFile.Entry<T>> Values);
}
