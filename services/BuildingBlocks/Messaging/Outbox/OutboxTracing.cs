using System.Diagnostics;

namespace Customs.BuildingBlocks.Messaging.Outbox;

/// <summary>
/// Carries the trace of the operation that wrote an event across the outbox: the writer keeps its traceparent, the
/// dispatcher publishes inside an activity of that trace, so a gRPC call, the event and its consumers show as one trace.
/// </summary>
public static class OutboxTracing
{
    /// <summary>The activity source to add to the tracer (ServiceDefaults does).</summary>
    public const string ActivitySourceName = "Customs.Outbox";

    private static readonly ActivitySource Source = new(ActivitySourceName);

    /// <summary>
    /// The current activity's W3C traceparent, or null outside any traced operation: kept with work done later (a batch's
    /// events, <see cref="OutboxEntry{T}"/>) so its events stay in the trace that asked for it.
    /// </summary>
    public static string? CurrentTraceParent() =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? current.Id : null;

    /// <summary>An activity for publishing one outbox row, child of the operation that wrote it; null when untraced.</summary>
    internal static Activity? StartPublish(string? traceParent, string messageType)
    {
        if (traceParent is null || !ActivityContext.TryParse(traceParent, null, isRemote: true, out var parent))
        {
            return null;
        }

        var activity = Source.StartActivity("outbox publish", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.type", messageType);
        return activity;
    }
}
