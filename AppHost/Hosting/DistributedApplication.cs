using System.Runtime.InteropServices;
using Customs.AppHost.Dashboard;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Customs.AppHost.Hosting;

/// <summary>The running app model: every resource with its runner, started in dependency order.</summary>
public sealed class DistributedApplication : IAsyncDisposable
{
    /// <summary>Where isolated (test) runs keep their data; swept of abandoned runs at every isolated start.</summary>
    public static readonly string IsolatedRunsFolder = Path.Combine(Path.GetTempPath(), "customs-apphost");

    private const int DefaultDashboardPort = 18888;

    private readonly DistributedApplicationOptions _options;
    private readonly RunContext _context;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly Dictionary<string, ResourceRunner> _runners = new(StringComparer.OrdinalIgnoreCase);
    private bool _started;
    private bool _disposed;

    internal DistributedApplication(IReadOnlyList<Resource> resources, DistributedApplicationOptions options, string root)
    {
        _options = options;
        _loggerFactory = options.StreamOutput
            ? LoggerFactory.Create(b => b.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; }))
            : NullLoggerFactory.Instance;
        _logger = _loggerFactory.CreateLogger("Customs.AppHost");

        _context = new RunContext(options, new RunDirectory(root), _loggerFactory);
        Directory.CreateDirectory(_context.Directory.Root);
        if (options.Isolated)
        {
            RunDirectory.SweepAbandonedRuns(IsolatedRunsFolder);
        }

        _context.Directory.Claim(_logger);
        foreach (var resource in resources)
        {
            resource.Allocate(_context);
        }

        foreach (var resource in TopologicalOrder(resources))
        {
            var dependencies = resource.WaitsFor.Select(d => _runners[d.Name]).ToList();
            _runners[resource.Name] = new ResourceRunner(resource, dependencies, _context);
        }

        Reporter = new ConsoleReporter(_runners.Values, options.StreamOutput);
    }

    public static DistributedApplicationBuilder CreateBuilder(string[] args)
    {
        var options = new DistributedApplicationOptions();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--data-dir" when i + 1 < args.Length:
                    options.DataDirectory = args[++i];
                    break;
                case "--isolated":
                    options.Isolated = true;
                    break;
                case "--dashboard-port" when i + 1 < args.Length:
                    options.DashboardPort = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "--dashboard-host" when i + 1 < args.Length:
                    options.DashboardHost = args[++i];
                    break;
                case "--no-dashboard":
                    options.Dashboard = false;
                    break;
            }
        }

        TestingHooks.Active?.Configure(options);
        return new DistributedApplicationBuilder(options);
    }

    public IReadOnlyCollection<ResourceRunner> Resources => _runners.Values;

    public string DataDirectory => _context.Directory.Root;

    /// <summary>The dashboard and OTLP receiver, once started (null when turned off).</summary>
    public DashboardServer? Dashboard { get; private set; }

    internal ConsoleReporter Reporter { get; }

    public ResourceRunner GetResource(string name) =>
        _runners.TryGetValue(name, out var runner) ? runner : throw new KeyNotFoundException($"No resource named '{name}' in the app model.");

    public string GetConnectionString(string name) =>
        GetResource(name).Resource is IResourceWithConnectionString r
            ? r.ConnectionString
            : throw new InvalidOperationException($"'{name}' has no connection string.");

    public Uri GetEndpoint(string name, string endpointName = "grpc") =>
        GetResource(name).Resource.Endpoints.TryGetValue(endpointName, out var url)
            ? new Uri(url)
            : throw new KeyNotFoundException($"'{name}' has no endpoint named '{endpointName}'.");

    /// <summary>Blocks until Ctrl+C or SIGTERM; under the test API, hands the application over instead.</summary>
    public void Run()
    {
        if (TestingHooks.Active is { } session)
        {
            session.OnBuilt(this);
            return;
        }

        RunAsync().GetAwaiter().GetResult();
    }

    public async Task RunAsync()
    {
        using var shutdown = new CancellationTokenSource();
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            shutdown.Cancel();
        }

        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        using var sighup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, OnSignal);

        await StartAsync();
        try
        {
            using var startup = CancellationTokenSource.CreateLinkedTokenSource(shutdown.Token);
            startup.CancelAfter(_options.StartupTimeout);
            await WaitForHealthyAsync(startup.Token);
            Reporter.PrintTable(_context.Directory.Root);
        }
        catch (OperationCanceledException) when (!shutdown.IsCancellationRequested)
        {
            _logger.LogError("Not every resource became healthy within {Timeout}: {Resources}",
                _options.StartupTimeout, string.Join(", ", Resources.Where(r => r.State != ResourceState.Healthy).Select(r => $"{r.Resource.Name} ({r.State})")));
        }
        catch (OperationCanceledException)
        {
        }

        try
        {
            await Task.Delay(Timeout.Infinite, shutdown.Token);
        }
        catch (OperationCanceledException)
        {
        }

        _logger.LogInformation("Stopping all resources");
        await DisposeAsync();
        _logger.LogInformation("Stopped");
    }

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_options.Dashboard && Dashboard is null)
        {
            // First, so that every service is handed the receiver's address as OTEL_EXPORTER_OTLP_ENDPOINT.
            _options.DashboardPort ??= _options.Isolated ? 0 : DefaultDashboardPort;
            Dashboard = await DashboardServer.StartAsync(this, _options, cancellationToken);
            _context.OtlpEndpoint = Dashboard.OtlpEndpoint.GetLeftPart(UriPartial.Authority);
            Reporter.DashboardUrl = Dashboard.LoginUrl;
            _logger.LogInformation("Dashboard: {Url}", Dashboard.LoginUrl);
        }

        _started = true;
        foreach (var runner in _runners.Values)
        {
            runner.Start();
        }
    }

    public async Task WaitForHealthyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(_runners.Values.Select(r => r.WaitHealthyAsync(cancellationToken)));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(DescribeUnhealthy(), cancellationToken);
        }
    }

    public Task WaitForResourceHealthyAsync(string name, CancellationToken cancellationToken) =>
        GetResource(name).WaitHealthyAsync(cancellationToken);

    /// <summary>Stops one resource (its whole process group); it stays stopped until started again.</summary>
    public Task StopResourceAsync(string name) => GetResource(name).StopAsync();

    public Task StartResourceAsync(string name)
    {
        GetResource(name).Start();
        return Task.CompletedTask;
    }

    /// <summary>Stops dependants before what they depend on, then releases (and for isolated runs deletes) the data folder.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_started)
        {
            foreach (var layer in ShutdownLayers())
            {
                await Task.WhenAll(layer.Select(r => r.StopAsync()));
            }
        }

        if (Dashboard is not null)
        {
            await Dashboard.DisposeAsync();
        }

        Reporter.Dispose();
        _context.Directory.Release();
        if (_options.Isolated)
        {
            RunDirectory.TryDelete(_context.Directory.Root);
        }

        if (_loggerFactory is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }

    internal string DescribeUnhealthy() =>
        string.Join(Environment.NewLine, Resources.Where(r => r.State != ResourceState.Healthy).Select(r =>
            $"{r.Resource.Name} is {r.State}; its last output:{Environment.NewLine}{r.Log.Tail(30)}"));

    /// <summary>Resources grouped by depth in the dependency graph, deepest (the services) first.</summary>
    private IEnumerable<IEnumerable<ResourceRunner>> ShutdownLayers()
    {
        var depth = new Dictionary<Resource, int>();
        int Depth(Resource r) => depth.TryGetValue(r, out var d) ? d : depth[r] = r.WaitsFor.Select(Depth).DefaultIfEmpty(-1).Max() + 1;
        return _runners.Values.GroupBy(r => Depth(r.Resource)).OrderByDescending(g => g.Key).Select(g => g.AsEnumerable());
    }

    private static IEnumerable<Resource> TopologicalOrder(IReadOnlyList<Resource> resources)
    {
        var visited = new HashSet<Resource>();
        var visiting = new HashSet<Resource>();
        var order = new List<Resource>();
        void Visit(Resource resource)
        {
            if (visited.Contains(resource))
            {
                return;
            }

            if (!visiting.Add(resource))
            {
                throw new InvalidOperationException($"'{resource.Name}' waits for itself through a cycle.");
            }

            foreach (var dependency in resource.WaitsFor)
            {
                Visit(dependency);
            }

            visiting.Remove(resource);
            visited.Add(resource);
            order.Add(resource);
        }

        foreach (var resource in resources)
        {
            Visit(resource);
        }

        return order;
    }
}
