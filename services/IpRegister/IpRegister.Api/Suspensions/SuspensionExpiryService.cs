namespace Customs.IpRegister.Api.Suspensions;

/// <summary>
/// Art. 399(1): suspensions lift on their own the day after their term expires, without anyone acting. The service
/// reads the date from the injected clock, so a test that moves the clock sees the lifting at the next pass.
/// </summary>
public sealed class SuspensionExpiryService(
    SuspensionCommands commands, TimeProvider clock, IConfiguration configuration, ILogger<SuspensionExpiryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("IpRegister:ExpiryPollInterval", TimeSpan.FromSeconds(2));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                int lifted;
                do
                {
                    lifted = await commands.LiftExpiredAsync(stoppingToken);
                    if (lifted > 0)
                    {
                        logger.LogInformation("Lifted {Count} expired suspensions (Art. 399(1))", lifted);
                    }
                }
                while (lifted > 0);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be briefly away; the next pass catches up, since lifting is dated by the term.
                logger.LogWarning(ex, "Lifting expired suspensions failed; retrying at the next pass");
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
