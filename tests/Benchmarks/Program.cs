using System.Diagnostics;
using System.Globalization;
using Customs.Benchmarks;
using Customs.Benchmarks.Graph;
using Customs.Benchmarks.Scenarios;

// ./customs bench [--only ceiling,filing,screening,assessment,flow,memory] [--seconds 20] [--warmup 5]
//                 [--register-entries 100000] [--memory-declarations 100000] [--control-decisions 2000] [--settle 180] [--out artifacts/benchmarks]
if (args is ["echo-server", "--port", var echoPort])
{
    await using var echo = EchoServer.Build(int.Parse(echoPort, CultureInfo.InvariantCulture));
    await echo.RunAsync();
    return 0;
}

var settings = new BenchSettings();
var only = new List<string>();
var output = Path.Combine("artifacts", "benchmarks");
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
    int Number() => int.Parse(Next(), CultureInfo.InvariantCulture);
    switch (args[i])
    {
        case "--only": only.AddRange(Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)); break;
        case "--seconds": settings = settings with { Window = TimeSpan.FromSeconds(Number()) }; break;
        case "--warmup": settings = settings with { WarmUp = TimeSpan.FromSeconds(Number()) }; break;
        case "--register-entries": settings = settings with { RegisterEntries = Number() }; break;
        case "--memory-declarations": settings = settings with { MemoryDeclarations = Number() }; break;
        case "--control-decisions": settings = settings with { ControlDecisions = Number() }; break;
        case "--settle": settings = settings with { SettleLimit = TimeSpan.FromSeconds(Number()) }; break;
        case "--out": output = Next(); break;
        default:
            Console.Error.WriteLine($"Unknown option {args[i]}. Options: --only {string.Join(',', BenchRun.All.Select(b => b.Key))} " +
                "--seconds N --warmup N --register-entries N --memory-declarations N --control-decisions N --settle SECONDS --out FOLDER");
            return 2;
    }
}

var unknown = only.Except(BenchRun.All.Select(b => b.Key)).ToList();
if (unknown.Count > 0)
{
    Console.Error.WriteLine($"No benchmark named {string.Join(", ", unknown)}; there are {string.Join(", ", BenchRun.All.Select(b => b.Key))}.");
    return 2;
}

var clock = Stopwatch.StartNew();
void Log(string line) => Console.WriteLine($"[{clock.Elapsed:mm\\:ss}] {line}");

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
await using var graph = new BenchGraph();
Log("starting the whole graph (PostgreSQL with fsync on, as in production)");
var target = await graph.StartAsync(stop.Token);
Log("graph healthy");
var text = $"Warm-up {settings.WarmUp.TotalSeconds:0} s, windows of {settings.Window.TotalSeconds:0} s, callers {string.Join("/", settings.Callers)}; " +
    "PostgreSQL with fsync and synchronous_commit on; everything on loopback; CPU in cores (1.00 = one core busy).";
var report = await BenchRun.RunAsync(target, settings, only, Log, text);
var (markdown, json) = report.Write(output);
Console.WriteLine();
Console.WriteLine(report.ToMarkdown());
Log($"written {markdown} and {json}");
return 0;
