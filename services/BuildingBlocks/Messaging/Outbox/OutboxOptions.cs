namespace Customs.BuildingBlocks.Messaging.Outbox;

/// <summary>How the <see cref="OutboxDispatcher"/> paces itself; bound from the "Outbox" configuration section.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>How often pending rows are looked for when no commit notification arrives.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Rows locked and published per transaction.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// Batches under way at once while a backlog is published: the next is locked and sent while the broker confirms the
    /// ones before (each holds a connection until its commit). 1 publishes one batch at a time.
    /// </summary>
    public int BatchesInFlight { get; set; } = 4;

    /// <summary>How long one batch may wait for the broker before it counts as a failed attempt.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The first wait after a failed attempt; it doubles per consecutive failure up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long published rows are kept (for investigation) before they are deleted.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often published rows past retention are deleted and rows of unknown types reported.</summary>
    public TimeSpan MaintenanceInterval { get; set; } = TimeSpan.FromMinutes(5);
}
