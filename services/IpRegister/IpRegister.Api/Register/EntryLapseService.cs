namespace Customs.IpRegister.Api.Register;

/// <summary>
/// Art. 395(3): an object leaves the register on its own when its security lapses or its protection ends, and its
/// suspensions are lifted (Art. 399(2)). Reads the date from the injected clock.
/// </summary>
public sealed class EntryLapseService(
    EntryCommands commands, TimeProvider clock, IConfiguration configuration, ILogger<EntryLapseService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("IpRegister:LapsePollInterval", TimeSpan.FromSeconds(5));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                int excluded;
                do
                {
                    excluded = await commands.ExcludeLapsedAsync(stoppingToken);
                    if (excluded > 0)
                    {
                        logger.LogInformation("Excluded {Count} register entries whose security lapsed or protection ended (Art. 395(3))", excluded);
                    }
                }
                while (excluded > 0);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Excluding lapsed register entries failed; retrying at the next pass");
            }

            try
            {
                await Task.Delay(interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
