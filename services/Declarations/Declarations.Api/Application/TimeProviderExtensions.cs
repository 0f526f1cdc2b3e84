namespace Customs.Declarations.Api.Application;

internal static class TimeProviderExtensions
{
    /// <summary>Now, to the microsecond PostgreSQL keeps, so a declaration read back equals the one first returned.</summary>
    public static DateTimeOffset GetStoredNow(this TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
