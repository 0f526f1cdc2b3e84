namespace Customs.AppHost.Telemetry;

/// <summary>
/// The telemetry the AppHost received, in memory and bounded: past the limits the oldest traces, log records and
/// metric series are dropped first, so a long run never grows without end.
/// </summary>
public sealed class TelemetryStore(TelemetryLimits limits)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<SpanData>> _traces = new(StringComparer.Ordinal);
    private readonly LinkedList<string> _traceOrder = new();
    private readonly Queue<LogEntry> _logs = new();
    private readonly Dictionary<string, SeriesBuffer> _series = new(StringComparer.Ordinal);
    private int _spanCount;
    private long _logSequence;

    public TelemetryStore()
        : this(new TelemetryLimits())
    {
    }

    public TelemetryLimits Limits { get; } = limits;

    public int SpanCount
    {
        get
        {
            lock (_gate)
            {
                return _spanCount;
            }
        }
    }

    public void AddSpans(IEnumerable<SpanData> spans)
    {
        lock (_gate)
        {
            foreach (var span in spans)
            {
                if (!_traces.TryGetValue(span.TraceId, out var trace))
                {
                    _traces[span.TraceId] = trace = [];
                    _traceOrder.AddLast(span.TraceId);
                }

                trace.Add(span);
                _spanCount++;
            }

            // Whole traces go, oldest first, so that a trace on screen is never missing its middle.
            while (_spanCount > Limits.MaxSpans && _traceOrder.Count > 1)
            {
                var oldest = _traceOrder.First!.Value;
                _traceOrder.RemoveFirst();
                _spanCount -= _traces[oldest].Count;
                _traces.Remove(oldest);
            }

            // A single trace larger than the limit (a sender reusing one trace id) loses its oldest spans.
            if (_spanCount > Limits.MaxSpans && _traceOrder.First is { } only)
            {
                var kept = _traces[only.Value];
                kept.RemoveRange(0, _spanCount - Limits.MaxSpans);
                _spanCount = kept.Count;
            }
        }
    }

    /// <summary>Adds log records in order; each is given the next sequence number.</summary>
    public void AddLogs(IEnumerable<LogEntry> records)
    {
        lock (_gate)
        {
            foreach (var record in records)
            {
                _logs.Enqueue(record with { Sequence = ++_logSequence });
                if (_logs.Count > Limits.MaxLogs)
                {
                    _logs.Dequeue();
                }
            }
        }
    }

    public void AddMetricPoint(string resource, string name, string description, string unit, string kind, string attributes, MetricPoint point)
    {
        var key = string.Join('\u001f', resource, name, attributes);
        lock (_gate)
        {
            if (!_series.TryGetValue(key, out var series))
            {
                if (_series.Count >= Limits.MaxMetricSeries)
                {
                    var stalest = _series.MinBy(s => s.Value.LastUpdate).Key;
                    _series.Remove(stalest);
                }

                _series[key] = series = new SeriesBuffer(resource, name, description, unit, kind, attributes);
            }

            series.Add(point, Limits.MaxPointsPerSeries);
        }
    }

    public IReadOnlyList<TraceSummary> GetTraces(string? resource = null, string? text = null, int limit = 200)
    {
        lock (_gate)
        {
            return [.. _traces
                .Select(t => Summarise(t.Key, t.Value))
                .Where(t => resource is null || t.Resources.Contains(resource, StringComparer.OrdinalIgnoreCase))
                .Where(t => string.IsNullOrEmpty(text) || t.Name.Contains(text, StringComparison.OrdinalIgnoreCase)
                    || t.TraceId.StartsWith(text, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(t => t.Start)
                .Take(limit)];
        }
    }

    /// <summary>The spans of one trace, parents before children and siblings by start time; empty if unknown.</summary>
    public IReadOnlyList<SpanData> GetTrace(string traceId)
    {
        lock (_gate)
        {
            return _traces.TryGetValue(traceId.ToLowerInvariant(), out var spans) ? [.. spans.OrderBy(s => s.Start)] : [];
        }
    }

    public IReadOnlyList<LogEntry> GetLogs(LogQuery query)
    {
        lock (_gate)
        {
            return [.. _logs
                .Where(l => l.Sequence > query.After)
                .Where(l => query.Resource is null || string.Equals(l.Resource, query.Resource, StringComparison.OrdinalIgnoreCase))
                .Where(l => l.Level >= query.MinLevel)
                .Where(l => query.TraceId is null || string.Equals(l.TraceId, query.TraceId, StringComparison.OrdinalIgnoreCase))
                .Where(l => string.IsNullOrEmpty(query.Text) || Matches(l, query.Text))
                .TakeLast(query.Limit)];
        }
    }

    public IReadOnlyList<MetricSeries> GetMetrics(string? resource = null)
    {
        lock (_gate)
        {
            return [.. _series.Values
                .Where(s => resource is null || string.Equals(s.Resource, resource, StringComparison.OrdinalIgnoreCase))
                .OrderBy(s => s.Resource).ThenBy(s => s.Name).ThenBy(s => s.Attributes)
                .Select(s => s.Snapshot())];
        }
    }

    /// <summary>Every resource that sent telemetry.</summary>
    public IReadOnlyList<string> GetResources()
    {
        lock (_gate)
        {
            return [.. _traces.Values.SelectMany(t => t.Select(s => s.Resource))
                .Concat(_logs.Select(l => l.Resource))
                .Concat(_series.Values.Select(s => s.Resource))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Order(StringComparer.OrdinalIgnoreCase)];
        }
    }

    private static bool Matches(LogEntry log, string text) =>
        log.Message.Contains(text, StringComparison.OrdinalIgnoreCase)
        || log.Attributes.Any(a => a.Value.Contains(text, StringComparison.OrdinalIgnoreCase));

    private static TraceSummary Summarise(string traceId, List<SpanData> spans)
    {
        var ids = spans.Select(s => s.SpanId).ToHashSet(StringComparer.Ordinal);

        // The root is the span without a parent here; a trace whose root has not arrived (or was sent by a caller
        // outside the graph) is named after its earliest span.
        var root = spans.Where(s => s.ParentSpanId is null || !ids.Contains(s.ParentSpanId)).MinBy(s => s.Start) ?? spans[0];
        var start = spans.Min(s => s.Start);
        var end = spans.Max(s => s.End);
        return new TraceSummary(
            traceId,
            root.Name,
            root.Resource,
            [.. spans.Select(s => s.Resource).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)],
            start,
            end - start,
            spans.Count,
            spans.Count(s => s.IsError));
    }

    private sealed class SeriesBuffer(string resource, string name, string description, string unit, string kind, string attributes)
    {
        private readonly Queue<MetricPoint> _points = new();

        public string Resource { get; } = resource;

        public string Name { get; } = name;

        public string Attributes { get; } = attributes;

        public DateTimeOffset LastUpdate { get; private set; }

        public void Add(MetricPoint point, int capacity)
        {
            _points.Enqueue(point);
            if (_points.Count > capacity)
            {
                _points.Dequeue();
            }

            LastUpdate = point.Time;
        }

        public MetricSeries Snapshot() => new(Resource, Name, description, unit, kind, Attributes, [.. _points]);
    }
}
