using Customs.BuildingBlocks.ReferenceData;
using Customs.ServiceDefaults;

namespace Customs.Payments.Api.Domain.Reference;

/// <summary>
/// Every effective-dated parameter the assessment reads (Art. 325: the values in force on the day the declaration is
/// accepted). Small and versioned, so it is held in memory; loaded from Data/ReferenceData at start-up.
/// </summary>
public sealed class ReferenceBook
{
    public required CodeLines<TariffRate> Tariff { get; init; }

    /// <summary>Export duty rates (Art. 318(1)[2]), the same forms as the import tariff's.</summary>
    public required CodeLines<TariffRate> ExportTariff { get; init; }
    public required CodeLines<ExciseRate> Excise { get; init; }
    public required EffectiveSchedule<decimal> VatPercent { get; init; }

    /// <summary>Tax Code Art. 164(2), (5): the reduced VAT rate of the goods on the Government's lists, by code.</summary>
    public required CodeLines<decimal> ReducedVatPercent { get; init; }
    public required EffectiveSchedule<IReadOnlyList<FeeBand>> CustomsFees { get; init; }
    public required EffectiveSchedule<PersonalUseParameters> PersonalUse { get; init; }
    public required EffectiveSchedule<decimal> PostalWeekAllowanceRub { get; init; }
    public required EffectiveSchedule<decimal> RefinancingRatePercent { get; init; }

    /// <summary>Art. 337(2): below this, security is not required.</summary>
    public required EffectiveSchedule<decimal> SecurityRequiredFromRub { get; init; }

    /// <summary>Art. 339(2): the least security of a broker, carrier or warehouse owner.</summary>
    public required EffectiveSchedule<ActivitySecurityMinima> ActivitySecurityMinima { get; init; }

    /// <summary>The value in force on <paramref name="date"/>; a date no value covers is refused, never answered by default.</summary>
    public static EffectiveValue<T> Require<T>(EffectiveSchedule<T> schedule, DateOnly date) =>
        schedule.At(date) ?? throw NotInForce(schedule.Name, date);

    public static RuleViolationException NotInForce(string name, DateOnly date) =>
        new(PaymentErrors.ReferenceDataNotInForce, $"No {name} is loaded for {date:yyyy-MM-dd}.", "Art. 325(1)");
}
