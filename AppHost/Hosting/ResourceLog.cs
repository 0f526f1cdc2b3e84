namespace Customs.AppHost.Hosting;

public sealed record LogLine(long Sequence, DateTimeOffset Timestamp, bool IsError, string Text);

/// <summary>The recent console output of one resource: bounded, oldest lines dropped first, with live subscribers.</summary>
public sealed class ResourceLog(int capacity = 5000)
{
    private readonly Queue<LogLine> _lines = new();
    private long _sequence;

    public event Action<LogLine>? LineWritten;

    public void Write(string text, bool isError = false)
    {
        lock (_lines)
        {
            var line = new LogLine(++_sequence, DateTimeOffset.UtcNow, isError, text);
            _lines.Enqueue(line);
            while (_lines.Count > capacity)
            {
                _lines.Dequeue();
            }

            // Inside the lock, so subscribers see lines in sequence order even when stdout and stderr write at once.
            // Subscribers only queue the line (the dashboard's stream writes it elsewhere).
            LineWritten?.Invoke(line);
        }
    }

    public IReadOnlyList<LogLine> Snapshot()
    {
        lock (_lines)
        {
            return [.. _lines];
        }
    }

    public string Tail(int count) =>
        string.Join(Environment.NewLine, Snapshot().TakeLast(count).Select(l => l.Text));
}
