namespace Customs.ServiceDefaults;

/// <summary>
/// The system clock moved forward by an offset that whole-graph tests set through
/// <c>POST /testing/clock/advance</c>. Registered only when <c>Testing:ClockControl</c> is true (the
/// AppHost's isolated test runs); production gets <see cref="TimeProvider.System"/>.
/// </summary>
public sealed class AdjustableTimeProvider : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _offsetTicks, by.Ticks);
    }
}
