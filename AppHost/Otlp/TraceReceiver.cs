using Customs.AppHost.Otlp.Collector.Trace;
using Customs.AppHost.Otlp.Trace;
using Customs.AppHost.Telemetry;
using Grpc.Core;

namespace Customs.AppHost.Otlp;

/// <summary>The OTLP/gRPC trace export service: spans from the services go into the dashboard's store.</summary>
internal sealed class TraceReceiver(TelemetryStore store) : TraceService.TraceServiceBase
{
    public override Task<ExportTraceServiceResponse> Export(ExportTraceServiceRequest request, ServerCallContext context)
    {
        var spans = new List<SpanData>();
        var rejected = 0L;
        foreach (var resourceSpans in request.ResourceSpans)
        {
            var resource = OtlpValues.ResourceName(resourceSpans.Resource);
            foreach (var scopeSpans in resourceSpans.ScopeSpans)
            {
                var scope = OtlpValues.ScopeName(scopeSpans.Scope);
                foreach (var span in scopeSpans.Spans)
                {
                    if (ToSpan(span, resource, scope) is { } data)
                    {
                        spans.Add(data);
                    }
                    else
                    {
                        rejected++;
                    }
                }
            }
        }

        store.AddSpans(spans);
        return Task.FromResult(new ExportTraceServiceResponse
        {
            PartialSuccess = rejected == 0 ? null : new ExportTracePartialSuccess
            {
                RejectedSpans = rejected,
                ErrorMessage = "spans without a trace id or span id were rejected",
            },
        });
    }

    private static SpanData? ToSpan(Span span, string resource, string scope)
    {
        var traceId = OtlpValues.Id(span.TraceId);
        var spanId = OtlpValues.Id(span.SpanId);
        if (traceId is null || spanId is null)
        {
            return null;
        }

        return new SpanData(
            traceId,
            spanId,
            OtlpValues.Id(span.ParentSpanId),
            span.Name,
            KindName(span.Kind),
            resource,
            scope,
            OtlpValues.FromUnixNanos(span.StartTimeUnixNano),
            OtlpValues.FromUnixNanos(Math.Max(span.EndTimeUnixNano, span.StartTimeUnixNano)),
            span.Status?.Code == Trace.Status.Types.StatusCode.Error,
            string.IsNullOrEmpty(span.Status?.Message) ? null : span.Status.Message,
            OtlpValues.Attributes(span.Attributes),
            [.. span.Events.Select(e => new SpanEventData(OtlpValues.FromUnixNanos(e.TimeUnixNano), e.Name, OtlpValues.Attributes(e.Attributes)))]);
    }

    private static string KindName(Span.Types.SpanKind kind) => kind switch
    {
        Span.Types.SpanKind.Server => "server",
        Span.Types.SpanKind.Client => "client",
        Span.Types.SpanKind.Producer => "producer",
        Span.Types.SpanKind.Consumer => "consumer",
        _ => "internal",
    };
}
