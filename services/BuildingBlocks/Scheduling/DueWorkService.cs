using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Customs.BuildingBlocks.Scheduling;

/// <summary>
/// Work the law makes happen on a date without anyone acting (a suspension lifting, an entry lapsing): a pass runs
/// every <c>interval</c>, repeating while it finds work, and reads the date from the injected clock, so a test that
/// moves the clock sees the work done at the next pass. A failed pass is logged and retried at the next one: the work
/// is dated by its terms, not by when it runs. Shared by the IP register (lapses, expiries) and Payments (arrears).
/// </summary>
public abstract class DueWorkService(TimeProvider clock, TimeSpan interval, ILogger logger) : BackgroundService
{
    /// <summary>The service's clock: a pass reads the date from it.</summary>
    protected TimeProvider Clock { get; } = clock;

    /// <summary>What a pass does, for the log: "lifting expired suspensions".</summary>
    protected abstract string Work { get; }

    /// <summary>Does one batch of due work and returns how much it did (0 when nothing is due).</summary>
    protected abstract Task<int> RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await RunOnceAsync(stoppingToken) > 0)
                {
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "{Work} failed; retrying at the next pass", Work);
            }

            try
            {
                await Task.Delay(interval, Clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
