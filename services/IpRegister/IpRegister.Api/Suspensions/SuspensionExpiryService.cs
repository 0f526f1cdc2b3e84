using Customs.BuildingBlocks.Scheduling;

namespace Customs.IpRegister.Api.Suspensions;

/// <summary>
/// Art. 399(1): suspensions lift on their own the day after their term expires (and a hold the head did not decide
/// lifts the day after its decision deadline), without anyone acting.
/// </summary>
public sealed class SuspensionExpiryService(
    SuspensionCommands commands, TimeProvider clock, IConfiguration configuration, ILogger<SuspensionExpiryService> logger)
    : DueWorkService(clock, configuration.GetValue("IpRegister:ExpiryPollInterval", TimeSpan.FromSeconds(2)), logger)
{
    protected override string Work => "Lifting expired suspensions";

    protected override async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var lifted = await commands.LiftExpiredAsync(cancellationToken);
        if (lifted > 0)
        {
            logger.LogInformation("Lifted {Count} expired suspensions (Art. 399(1))", lifted);
        }

        return lifted;
    }
}
