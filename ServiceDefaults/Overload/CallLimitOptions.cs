namespace Customs.ServiceDefaults.Overload;

/// <summary>How many gRPC calls a service runs at once and lets wait; bound from the "Grpc:CallLimit" configuration section.</summary>
public sealed class CallLimitOptions
{
    public const string SectionName = "Grpc:CallLimit";

    /// <summary>
    /// Calls running at once. Below the database pool (100 connections) so that calls never queue for a connection,
    /// and consumers of events keep connections of their own.
    /// </summary>
    public int MaxConcurrentCalls { get; set; } = 64;

    /// <summary>Calls waiting, oldest first, for one of those places; beyond them a call is refused at once.</summary>
    public int MaxQueuedCalls { get; set; } = 64;
}
