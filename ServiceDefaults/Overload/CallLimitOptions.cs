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

    /// <summary>
    /// Calls waiting, oldest first, for one of those places; beyond them a call is refused at once. Room for a client's
    /// burst over one connection (HTTP/2 lets it send 100 calls at once) with some to spare.
    /// </summary>
    public int MaxQueuedCalls { get; set; } = 128;

    /// <summary>
    /// The longest a call waits for a place before it is refused; unset, a call waits until its deadline (sent by the
    /// caller as <c>grpc-timeout</c>) or until its caller goes. A burst of one client's calls (a hundred reservations
    /// against one guarantee, which run one after the other) may well wait seconds and still be what the client wants.
    /// </summary>
    public TimeSpan? MaxQueueWait { get; set; }
}
