using Customs.AppHost.Otlp.Collector.Logs;
using Customs.AppHost.Otlp.Logs;
using Customs.AppHost.Telemetry;
using Grpc.Core;

namespace Customs.AppHost.Otlp;

/// <summary>The OTLP/gRPC logs export service: structured log records go into the dashboard's store.</summary>
internal sealed class LogsReceiver(TelemetryStore store) : LogsService.LogsServiceBase
{
    public override Task<ExportLogsServiceResponse> Export(ExportLogsServiceRequest request, ServerCallContext context)
    {
        var entries = new List<LogEntry>();
        foreach (var resourceLogs in request.ResourceLogs)
        {
            var resource = OtlpValues.ResourceName(resourceLogs.Resource);
            foreach (var scopeLogs in resourceLogs.ScopeLogs)
            {
                var scope = OtlpValues.ScopeName(scopeLogs.Scope);
                entries.AddRange(scopeLogs.LogRecords.Select(record => ToEntry(record, resource, scope)));
            }
        }

        store.AddLogs(entries);
        return Task.FromResult(new ExportLogsServiceResponse());
    }

    internal static LogSeverity Level(SeverityNumber severity) => (int)severity switch
    {
        >= 21 => LogSeverity.Critical,
        >= 17 => LogSeverity.Error,
        >= 13 => LogSeverity.Warning,
        >= 9 => LogSeverity.Information,
        >= 5 => LogSeverity.Debug,
        >= 1 => LogSeverity.Trace,
        _ => LogSeverity.Unspecified,
    };

    private static LogEntry ToEntry(LogRecord record, string resource, string scope)
    {
        var time = record.TimeUnixNano != 0 ? record.TimeUnixNano : record.ObservedTimeUnixNano;
        return new LogEntry(
            0,
            OtlpValues.FromUnixNanos(time),
            resource,
            scope,
            Level(record.SeverityNumber),
            OtlpValues.Text(record.Body),
            OtlpValues.Attributes(record.Attributes),
            OtlpValues.Id(record.TraceId),
            OtlpValues.Id(record.SpanId));
    }
}
