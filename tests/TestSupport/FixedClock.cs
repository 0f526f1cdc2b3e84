namespace Customs.TestSupport;

/// <summary>A clock standing still at one instant, for unit tests of office days and terms.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
