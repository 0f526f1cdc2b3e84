namespace Customs.AppHost.Telemetry;

/// <summary>A filter on structured logs; every part is optional.</summary>
public sealed record LogQuery
{
    public string? Resource { get; init; }

    public LogSeverity MinLevel { get; init; } = LogSeverity.Unspecified;

    /// <summary>Matched, ignoring case, against the message and the attribute values.</summary>
    public string? Text { get; init; }

    public string? TraceId { get; init; }

    /// <summary>Only records that arrived after this sequence number (for polling).</summary>
    public long After { get; init; }

    public int Limit { get; init; } = 500;
}
