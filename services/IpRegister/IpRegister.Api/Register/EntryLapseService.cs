using Customs.BuildingBlocks.Scheduling;

namespace Customs.IpRegister.Api.Register;

/// <summary>
/// Art. 395(3): an object leaves the register on its own when its security lapses or its protection ends, and its
/// suspensions are lifted (Art. 399(2)).
/// </summary>
public sealed class EntryLapseService(EntryCommands commands, TimeProvider clock, IConfiguration configuration, ILogger<EntryLapseService> logger)
    : DueWorkService(clock, configuration.GetValue("IpRegister:LapsePollInterval", TimeSpan.FromSeconds(5)), logger)
{
    protected override string Work => "Excluding lapsed register entries";

    protected override async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var excluded = await commands.ExcludeLapsedAsync(cancellationToken);
        if (excluded > 0)
        {
            logger.LogInformation("Excluded {Count} register entries whose security lapsed or protection ended (Art. 395(3))", excluded);
        }

        return excluded;
    }
}
