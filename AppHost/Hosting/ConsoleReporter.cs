namespace Customs.AppHost.Hosting;

/// <summary>Shows each resource's state changes and output in the terminal, and the table of resources once all are healthy.</summary>
internal sealed class ConsoleReporter : IDisposable
{
    private static readonly ConsoleColor[] Palette =
        [ConsoleColor.Cyan, ConsoleColor.Green, ConsoleColor.Magenta, ConsoleColor.Yellow, ConsoleColor.Blue, ConsoleColor.DarkCyan, ConsoleColor.DarkGreen, ConsoleColor.DarkYellow];

    private readonly IReadOnlyCollection<ResourceRunner> _runners;
    private readonly bool _enabled;
    private readonly int _width;
    private readonly List<Action> _unsubscribe = [];

    public ConsoleReporter(IEnumerable<ResourceRunner> runners, bool enabled)
    {
        _runners = [.. runners];
        _enabled = enabled;
        _width = _runners.Select(r => r.Resource.Name.Length).DefaultIfEmpty(0).Max();
        if (!enabled)
        {
            return;
        }

        var index = 0;
        foreach (var runner in _runners)
        {
            var color = Palette[index++ % Palette.Length];
            Action<LogLine> onLine = line => Write(runner.Resource.Name, color, line.Text);
            Action<ResourceRunner> onState = r => Write(r.Resource.Name, color, $"[apphost] state: {r.State}" + (r.ProcessId is { } pid ? $" (pid {pid})" : ""));
            runner.Log.LineWritten += onLine;
            runner.StateChanged += onState;
            _unsubscribe.Add(() =>
            {
                runner.Log.LineWritten -= onLine;
                runner.StateChanged -= onState;
            });
        }
    }

    /// <summary>The dashboard's address, printed with the table.</summary>
    public string? DashboardUrl { get; set; }

    public void PrintTable(string dataDirectory)
    {
        if (!_enabled)
        {
            return;
        }

        var rows = _runners.Select(r => (
            Name: (r.Resource.Parent is null ? "" : "  ") + r.Resource.Name,
            r.Resource.Type,
            State: r.State.ToString(),
            Endpoints: string.Join(" ", r.Resource.Endpoints.Select(e => $"{e.Key}={e.Value}")))).ToList();
        var nameWidth = Math.Max(8, rows.Max(r => r.Name.Length));
        var typeWidth = Math.Max(4, rows.Max(r => r.Type.Length));
        lock (Palette)
        {
            Console.WriteLine();
            Console.WriteLine($"All {_runners.Count} resources are healthy. Data: {dataDirectory}");
            Console.WriteLine($"{"Resource".PadRight(nameWidth)}  {"Type".PadRight(typeWidth)}  {"State",-8}  Endpoints");
            foreach (var row in rows)
            {
                Console.WriteLine($"{row.Name.PadRight(nameWidth)}  {row.Type.PadRight(typeWidth)}  {row.State,-8}  {row.Endpoints}");
            }

            if (DashboardUrl is not null)
            {
                Console.WriteLine($"Dashboard: {DashboardUrl}");
            }

            Console.WriteLine("Press Ctrl+C to stop everything.");
            Console.WriteLine();
        }
    }

    public void Dispose()
    {
        foreach (var unsubscribe in _unsubscribe)
        {
            unsubscribe();
        }
    }

    private void Write(string name, ConsoleColor color, string text)
    {
        lock (Palette)
        {
            Console.ForegroundColor = color;
            Console.Write(name.PadRight(_width));
            Console.ResetColor();
            Console.WriteLine($" | {text}");
        }
    }
}
