using Customs.BuildingBlocks.Calendar;

namespace Customs.IpRegister.Api.Domain.Calendars;

/// <summary>Chooses the rule set per customs office: Chinese offices carry the "CN" prefix in their code; all others are Russian.</summary>
public static class CustomsOffices
{
    public static Jurisdiction JurisdictionOf(string? officeCode) =>
        officeCode is not null && officeCode.StartsWith("CN", StringComparison.OrdinalIgnoreCase) ? Jurisdiction.China : Jurisdiction.Russia;

    /// <summary>The jurisdiction from the calendar code stored with a suspension ("CN" or the Russian one).</summary>
    public static Jurisdiction JurisdictionOfCode(string? code) => code == WorkingCalendars.ChinaCode ? Jurisdiction.China : Jurisdiction.Russia;
}
