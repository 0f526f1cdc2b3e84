using Customs.BuildingBlocks.Calendar;

namespace Customs.IpRegister.Api.Domain.Calendars;

/// <summary>
/// The rule set of a customs office, as the office reference data (<see cref="OfficeTimeZones"/>, Calendar/Data/offices.json)
/// give it: a Chinese office applies the GAC measures, a Russian one the Customs Code.
/// </summary>
public static class CustomsOffices
{
    /// <summary>The office's rule set; an office the data do not know is taken as Russian (its date is refused elsewhere).</summary>
    public static Jurisdiction JurisdictionOf(string? officeCode) =>
        JurisdictionOfCode(OfficeTimeZones.Default.TryJurisdictionOf(officeCode));

    /// <summary>The jurisdiction from the calendar code stored with a suspension ("CN" or the Russian one).</summary>
    public static Jurisdiction JurisdictionOfCode(string? code) => code == WorkingCalendars.ChinaCode ? Jurisdiction.China : Jurisdiction.Russia;
}
