using Customs.BuildingBlocks.Data;
using Microsoft.Extensions.Options;

namespace Customs.Examination.Api.Application;

/// <summary>Wakes the control decisions' worker when a registration queued a declaration, after its commit.</summary>
public sealed class DecisionSignal : CommitSignal;

/// <summary>How control decisions are batched (configuration section <c>Examination:ControlDecisions</c>).</summary>
public sealed class ControlDecisionOptions
{
    /// <summary>The most declarations decided in one transaction.</summary>
    public int BatchSize { get; set; } = 256;

    /// <summary>How often the queue is looked at without a signal: declarations queued by another instance of the service.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a declaration whose decision failed on its own waits before it is tried again.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// Makes the queued control decisions (<see cref="ControlDecisions"/>): a batch after each signal, repeated while a batch comes back
/// full, and a look every <see cref="ControlDecisionOptions.PollInterval"/>. When a batch fails, its declarations are decided one
/// at a time, so one that cannot be decided (its error is kept on its row and logged) does not hold the others back; it is tried
/// again after <see cref="ControlDecisionOptions.RetryAfter"/>.
/// </summary>
public sealed class ControlDecisionService(
    ControlDecisions decisions, DecisionSignal signal, IOptions<ControlDecisionOptions> options, TimeProvider clock, ILogger<ControlDecisionService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A full batch may have left more behind; a short one took all that was committed when it looked, and a
                // registration committed since has pulsed the signal, so the wait below returns at once. No empty take.
                while (await DecideBatchAsync(settings, stoppingToken) >= settings.BatchSize)
                {
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Control decisions failed; trying again in {Interval}", settings.PollInterval);
            }

            try
            {
                await signal.WaitAsync(settings.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<int> DecideBatchAsync(ControlDecisionOptions settings, CancellationToken ct)
    {
        var taken = new List<long>();
        try
        {
            return await decisions.DecideNextAsync(settings.BatchSize, null, taken, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && taken.Count > 0)
        {
            logger.LogWarning(ex, "A batch of {Count} control decisions failed; deciding them one at a time", taken.Count);
        }

        foreach (var seq in taken)
        {
            try
            {
                await decisions.DecideNextAsync(1, seq, [], ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The control decision queued as {Seq} failed; tried again in {RetryAfter}", seq, settings.RetryAfter);
                await decisions.PostponeAsync(seq, ex.Message, clock.GetUtcNow() + settings.RetryAfter, ct);
            }
        }

        return taken.Count;
    }
}
