using Microsoft.Extensions.Logging;

namespace Customs.AppHost.Hosting;

/// <summary>
/// Runs one resource: waits for what it waits for, starts it, watches its health, restarts it with
/// backoff when it exits on its own, and stops it (and its whole process group) on request.
/// </summary>
public sealed class ResourceRunner
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    private readonly RunContext _context;
    private readonly IReadOnlyList<ResourceRunner> _dependencies;
    private readonly ILogger _logger;
    private readonly object _gate = new();
    private TaskCompletionSource _healthy = NewSignal();
    private CancellationTokenSource? _stop;
    private Task _loop = Task.CompletedTask;

    internal ResourceRunner(Resource resource, IReadOnlyList<ResourceRunner> dependencies, RunContext context)
    {
        Resource = resource;
        _dependencies = dependencies;
        _context = context;
        _logger = context.LoggerFactory.CreateLogger($"Customs.AppHost.{resource.Name}");
    }

    public Resource Resource { get; }

    public ResourceLog Log { get; } = new();

    public ResourceState State { get; private set; } = ResourceState.NotStarted;

    public DateTimeOffset? StartedAt { get; private set; }

    public int? ProcessId { get; private set; }

    public int Restarts { get; private set; }

    public event Action<ResourceRunner>? StateChanged;

    public Task WaitHealthyAsync(CancellationToken cancellationToken) => _healthy.Task.WaitAsync(cancellationToken);

    public void Start()
    {
        lock (_gate)
        {
            if (!_loop.IsCompleted)
            {
                return;
            }

            _stop = new CancellationTokenSource();
            var token = _stop.Token;
            _loop = Task.Run(() => RunAsync(token));
        }
    }

    public async Task StopAsync()
    {
        Task loop;
        lock (_gate)
        {
            _stop?.Cancel();
            loop = _loop;
        }

        await loop;
    }

    private async Task RunAsync(CancellationToken stop)
    {
        try
        {
            SetState(ResourceState.Waiting);
            await Task.WhenAll(_dependencies.Select(d => d.WaitHealthyAsync(stop)));
            var backoff = TimeSpan.FromSeconds(1);
            while (!stop.IsCancellationRequested)
            {
                var healthyRun = await RunOnceAsync(stop);
                if (stop.IsCancellationRequested)
                {
                    break;
                }

                backoff = healthyRun ? TimeSpan.FromSeconds(1) : Min(backoff * 2, MaxBackoff);
                Restarts++;
                SetState(ResourceState.Restarting);
                Log.Write($"[apphost] restarting {Resource.Name} in {backoff.TotalSeconds:0} s", isError: true);
                await Task.Delay(backoff, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }

        SetState(ResourceState.Stopped);
    }

    /// <summary>One life of the resource; true when it had been healthy before it ended.</summary>
    private async Task<bool> RunOnceAsync(CancellationToken stop)
    {
        SetState(ResourceState.Starting);
        ProcessSpec? spec;
        try
        {
            spec = await Resource.PrepareAsync(_context, stop);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.Write($"[apphost] {Resource.Name} failed to start: {ex.Message}", isError: true);
            _logger.LogError("{Resource} failed to start: {Message}", Resource.Name, ex.Message);
            SetState(ResourceState.FailedToStart);
            return false;
        }

        StartedAt = DateTimeOffset.UtcNow;
        if (spec is null)
        {
            // Not a process (a database): it lives as long as its server; only its health is watched.
            SetState(ResourceState.Running);
            await WatchHealthAsync(Task.Delay(Timeout.Infinite, stop), stop);
            return true;
        }

        var process = GuardedProcess.Start(spec, _context.Directory.Root, Log);
        await using (process)
        {
            ProcessId = process.ProcessGroup;
            _context.Directory.Record(Resource.Name, process.ProcessGroup);
            SetState(ResourceState.Running);
            var wasHealthy = await WatchHealthAsync(process.Exited, stop);
            if (stop.IsCancellationRequested)
            {
                SetState(ResourceState.Stopping);
                await process.StopAsync(TimeSpan.FromSeconds(15));
            }
            else
            {
                var code = await process.Exited;
                Log.Write($"[apphost] {Resource.Name} exited with code {code}", isError: true);
                _logger.LogWarning("{Resource} exited with code {Code}", Resource.Name, code);
                SetState(ResourceState.Exited);
            }

            _context.Directory.Forget(Resource.Name);
            ProcessId = null;
            return wasHealthy;
        }
    }

    private async Task<bool> WatchHealthAsync(Task ended, CancellationToken stop)
    {
        var everHealthy = false;
        while (!ended.IsCompleted && !stop.IsCancellationRequested)
        {
            var healthy = await ProbeAsync(stop);
            if (healthy && State != ResourceState.Healthy)
            {
                everHealthy = true;
                SetState(ResourceState.Healthy);
            }
            else if (!healthy && State == ResourceState.Healthy)
            {
                SetState(ResourceState.Unhealthy);
            }

            var pause = State == ResourceState.Healthy ? TimeSpan.FromSeconds(2) : TimeSpan.FromMilliseconds(200);
            await Task.WhenAny(ended, Task.Delay(pause, stop));
        }

        return everHealthy;
    }

    private async Task<bool> ProbeAsync(CancellationToken stop)
    {
        try
        {
            return await Resource.IsHealthyAsync(stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception ex)
        {
            _logger.LogDebug(ex, "Health probe of {Resource} failed", Resource.Name);
            return false;
        }
    }

    private void SetState(ResourceState state)
    {
        if (State == state)
        {
            return;
        }

        State = state;
        lock (_gate)
        {
            if (state == ResourceState.Healthy)
            {
                _healthy.TrySetResult();
            }
            else if (_healthy.Task.IsCompleted)
            {
                _healthy = NewSignal();
            }
        }

        StateChanged?.Invoke(this);
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
