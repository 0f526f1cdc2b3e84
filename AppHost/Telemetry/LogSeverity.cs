namespace Customs.AppHost.Telemetry;

/// <summary>OTLP severity numbers grouped as the OpenTelemetry specification groups them (1–4 trace … 21–24 fatal).</summary>
public enum LogSeverity
{
    Unspecified = 0,
    Trace = 1,
    Debug = 2,
    Information = 3,
    Warning = 4,
    Error = 5,
    Critical = 6,
}
