namespace Customs.ServiceDefaults.Overload;

/// <summary>How many gRPC calls a service runs at once and lets wait; bound from the "Grpc:CallLimit" configuration section.</summary>
public sealed class CallLimitOptions
{
    public const string SectionName = "Grpc:CallLimit";

    /// <summary>
    /// Calls running at once. With the consumers' 32 (BuildingBlocks' HandlerLimit) well below the database pool (100
    /// connections), so that a call never waits for a connection; on 2 cores more at once only lengthen every call.
    /// </summary>
    public int MaxConcurrentCalls { get; set; } = 32;

    /// <summary>Calls waiting, oldest first, for one of those places; beyond them a call is refused at once.</summary>
    public int MaxQueuedCalls { get; set; } = 64;

    /// <summary>
    /// The longest a call waits for a place before it is refused: a call that waited longer would mostly run out of its
    /// caller's patience anyway, after taking the place of one that could still have been served in time.
    /// </summary>
    public TimeSpan MaxQueueWait { get; set; } = TimeSpan.FromSeconds(2);
}
