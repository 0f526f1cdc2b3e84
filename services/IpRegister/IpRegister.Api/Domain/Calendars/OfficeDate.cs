namespace Customs.IpRegister.Api.Domain.Calendars;

/// <summary>
/// The legal date at a customs office: its local calendar day, not the UTC one. Russian offices keep Moscow time (UTC+3),
/// Chinese offices Beijing time (UTC+8); neither observes daylight saving. At 01:30 in Moscow it is already the next day
/// there, while UTC still shows the day before.
/// </summary>
public static class OfficeDate
{
    public static TimeSpan OffsetOf(Jurisdiction jurisdiction) =>
        jurisdiction == Jurisdiction.China ? TimeSpan.FromHours(8) : TimeSpan.FromHours(3);

    public static DateOnly On(DateTimeOffset instant, Jurisdiction jurisdiction) =>
        DateOnly.FromDateTime(instant.ToOffset(OffsetOf(jurisdiction)).DateTime);

    public static DateOnly Today(TimeProvider clock, Jurisdiction jurisdiction) => On(clock.GetUtcNow(), jurisdiction);
}
