using System.Text.Json;

namespace Customs.BuildingBlocks.Calendar;

/// <summary>
/// The time zone of each customs office (reference data, <c>Calendar/Data/offices.json</c>): the legal date at an office
/// is its own calendar day, so a declaration accepted at 23:30 in Yekaterinburg (21:30 in Moscow) is accepted the next
/// day there. An office the data do not cover has no legal date: <see cref="TryZoneOf"/> says so, and the others throw.
/// Each office also names the rule set and calendar it applies (<see cref="JurisdictionOf"/>: RU or CN).
/// </summary>
public sealed class OfficeTimeZones
{
    private static readonly Lazy<OfficeTimeZones> Embedded = new(() => Read(
        typeof(OfficeTimeZones).Assembly.GetManifestResourceStream("Customs.BuildingBlocks.Calendar.Data.offices.json")
        ?? throw new CalendarDataException("No office time zone file (Calendar/Data/offices.json).")));

    private readonly (string Prefix, TimeZoneInfo Zone, string Jurisdiction)[] _byPrefix;

    private OfficeTimeZones(IEnumerable<(string Prefix, TimeZoneInfo Zone, string Jurisdiction)> zones) =>
        _byPrefix = [.. zones.OrderByDescending(z => z.Prefix.Length)];

    /// <summary>The shipped data.</summary>
    public static OfficeTimeZones Default => Embedded.Value;

    public static OfficeTimeZones Read(Stream json)
    {
        var file = JsonSerializer.Deserialize<OfficeFile>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new CalendarDataException("The office time zone file is empty.");
        var repeated = file.Offices.GroupBy(o => o.Prefix).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new CalendarDataException($"Office code prefix {repeated.Key} is listed twice.");
        }

        var unknown = file.Offices.FirstOrDefault(o => o.Jurisdiction is not (WorkingCalendars.RussiaCode or WorkingCalendars.ChinaCode));
        if (unknown is not null)
        {
            throw new CalendarDataException($"Office code prefix {unknown.Prefix}: jurisdiction '{unknown.Jurisdiction}' is neither RU nor CN.");
        }

        return new OfficeTimeZones(file.Offices.Select(o => (o.Prefix, Zone(o), o.Jurisdiction)));
    }

    public TimeZoneInfo? TryZoneOf(string? officeCode) => Find(officeCode)?.Zone;

    /// <summary>The rule set and calendar of the office (<see cref="WorkingCalendars.RussiaCode"/> or <see cref="WorkingCalendars.ChinaCode"/>); null when the data do not know it.</summary>
    public string? TryJurisdictionOf(string? officeCode) => Find(officeCode)?.Jurisdiction;

    public string JurisdictionOf(string officeCode) =>
        TryJurisdictionOf(officeCode) ?? throw new CalendarDataException($"No customs office {officeCode} is known (Calendar/Data/offices.json).");

    public TimeZoneInfo ZoneOf(string officeCode) =>
        TryZoneOf(officeCode) ?? throw new CalendarDataException($"No time zone is known for customs office {officeCode} (Calendar/Data/offices.json).");

    /// <summary>The calendar day at the office at <paramref name="instant"/>.</summary>
    public DateOnly DateAt(string officeCode, DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, ZoneOf(officeCode)).DateTime);

    /// <summary>Today at the office on <paramref name="clock"/>.</summary>
    public DateOnly TodayAt(string officeCode, TimeProvider clock) => DateAt(officeCode, clock.GetUtcNow());

    /// <summary>The instant <paramref name="day"/> begins at the office.</summary>
    public DateTimeOffset StartOf(string officeCode, DateOnly day)
    {
        var zone = ZoneOf(officeCode);
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private (string Prefix, TimeZoneInfo Zone, string Jurisdiction)? Find(string? officeCode) =>
        officeCode is null ? null
        : _byPrefix.Where(z => officeCode.StartsWith(z.Prefix, StringComparison.OrdinalIgnoreCase)).Select(z => ((string, TimeZoneInfo, string)?)z).FirstOrDefault();

    private static TimeZoneInfo Zone(OfficeEntry entry)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(entry.TimeZone);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new CalendarDataException($"Office code prefix {entry.Prefix}: unknown time zone '{entry.TimeZone}'.");
        }
    }

    private sealed record OfficeFile(IReadOnlyList<OfficeEntry> Offices);

    private sealed record OfficeEntry(string Prefix, string Name, string TimeZone, string Jurisdiction);
}
