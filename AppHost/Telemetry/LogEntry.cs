namespace Customs.AppHost.Telemetry;

/// <summary>A structured log record received over OTLP; <see cref="Sequence"/> orders records as they arrived.</summary>
public sealed record LogEntry(
    long Sequence,
    DateTimeOffset Timestamp,
    string Resource,
    string Scope,
    LogSeverity Level,
    string Message,
    IReadOnlyList<KeyValuePair<string, string>> Attributes,
    string? TraceId,
    string? SpanId);
