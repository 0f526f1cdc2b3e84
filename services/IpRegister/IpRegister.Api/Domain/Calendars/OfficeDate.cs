using Customs.BuildingBlocks.Calendar;

namespace Customs.IpRegister.Api.Domain.Calendars;

/// <summary>
/// The legal date of the IP register's records. Screening, suspensions, notices and the GAC procedure are dated by the
/// customs office's own calendar day (its time zone in the office data, <see cref="OfficeTimeZones"/>), as Declarations
/// dates a declaration: a Yekaterinburg match at 23:30 local time is detected on that day, not on Moscow's. The register
/// itself (applications and entries, Arts. 394-396) is kept by the federal customs service in Moscow: Moscow dates.
/// </summary>
public static class OfficeDate
{
    /// <summary>The calendar day at the office at <paramref name="instant"/>; an office the data do not know has none (throws).</summary>
    public static DateOnly At(string officeCode, DateTimeOffset instant) => OfficeTimeZones.Default.DateAt(officeCode, instant);

    public static DateOnly Today(TimeProvider clock, string officeCode) => At(officeCode, clock.GetUtcNow());

    /// <summary>The office data know the office, so it has a legal date.</summary>
    public static bool IsKnown(string? officeCode) => OfficeTimeZones.Default.TryZoneOf(officeCode) is not null;

    /// <summary>Art. 394: the register's own date, Moscow's.</summary>
    public static DateOnly OfRegister(DateTimeOffset instant) => OfficeTime.DateAt(instant, OfficeTime.Moscow);

    public static DateOnly RegisterToday(TimeProvider clock) => OfRegister(clock.GetUtcNow());
}
