namespace Customs.BuildingBlocks.Calendar;

/// <summary>
/// The legal date at a customs office is its local calendar day, not the UTC one: at 01:30 in Moscow it is already the
/// next day there, while UTC still shows the day before. Russian offices keep Moscow time (UTC+3), Chinese offices
/// Beijing time (UTC+8); neither observes daylight saving.
/// </summary>
public static class OfficeTime
{
    public static readonly TimeSpan Moscow = TimeSpan.FromHours(3);

    public static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>The calendar day at an office of the given UTC offset.</summary>
    public static DateOnly DateAt(DateTimeOffset instant, TimeSpan offset) => DateOnly.FromDateTime(instant.ToOffset(offset).DateTime);

    /// <summary>The instant the given day starts at an office of the given UTC offset.</summary>
    public static DateTimeOffset StartOf(DateOnly day, TimeSpan offset) => new(day.ToDateTime(TimeOnly.MinValue), offset);
}
