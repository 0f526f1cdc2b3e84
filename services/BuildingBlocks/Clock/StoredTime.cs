namespace Customs.BuildingBlocks.Clock;

public static class StoredTime
{
    /// <summary>Now, to the microsecond PostgreSQL keeps, so a row read back equals the one first returned.</summary>
    public static DateTimeOffset GetStoredNow(this TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
