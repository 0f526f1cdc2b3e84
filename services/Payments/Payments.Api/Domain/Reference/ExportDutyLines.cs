using Customs.BuildingBlocks.ReferenceData;

namespace Customs.Payments.Api.Domain.Reference;

/// <summary>
/// The export tariff's lines in force on a day, as the Declarations service reads them to refuse a personal-use export: the
/// memo (FCS letter 04-30/60671 of 12.12.2011), "exported goods subject to export customs duties" "may not be classified as
/// goods for personal use".
/// </summary>
public sealed record ExportDutyLines(IReadOnlyList<(string Prefix, EffectiveValue<TariffRate> Value)> Lines, bool Final)
{
    /// <summary>
    /// Final when the answer for <paramref name="day"/> can never change: a past value is never edited and periods never
    /// overlap, so a line whose value covering the day is closed keeps it; every line must have one (a line without a value
    /// on the day could be given one, an open-ended value could be closed before the day). A new line could still be added:
    /// export duties, like any duty, are not imposed backwards, so only a day already over everywhere (before yesterday in
    /// UTC, <paramref name="todayUtc"/>) is safe from one.
    /// </summary>
    public static ExportDutyLines On(CodeLines<TariffRate> tariff, DateOnly day, DateOnly todayUtc)
    {
        var lines = tariff.InForce(day).OrderBy(l => l.Prefix, StringComparer.Ordinal).ToList();
        var final = day < todayUtc.AddDays(-1) && lines.Count == tariff.Lines.Count && lines.All(l => l.Value.Until is not null);
        return new(lines, final);
    }
}
