namespace Customs.BuildingBlocks.Clock;

public static class StoredTime
{
    /// <summary>Now, to the microsecond PostgreSQL keeps, so a row read back equals the one first returned.</summary>
    public static DateTimeOffset GetStoredNow(this TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }

    /// <summary>
    /// Today in Moscow: the date of what the federal customs service keeps itself in Moscow, such as the register of banks
    /// and insurers (Arts. 342-344). A declaration's days are its office's, never these (<see cref="Calendar.OfficeTimeZones"/>).
    /// </summary>
    public static DateOnly MoscowToday(this TimeProvider clock) =>
        Calendar.OfficeTime.DateAt(clock.GetUtcNow(), Calendar.OfficeTime.Moscow);
}
