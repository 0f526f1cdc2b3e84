using Customs.Declarations.Api.Application;
using Customs.BuildingBlocks.Clock;
using Customs.Declarations.Api.Data;
using Customs.IpRegister.Contracts;
using MassTransit;
using Npgsql;

namespace Customs.Declarations.Api.Messaging;

/// <summary>
/// The suspension's last day moved (GAC notice delivered or goods detained at a Chinese office; a provisional term counted
/// again): the declaration's copy of it follows, and the move is in the history. A move older than one recorded already
/// (two moves a few milliseconds apart can arrive in either order) is skipped, so the latest term stays.
/// </summary>
public sealed class ReleaseSuspensionTermChangedConsumer(
    NpgsqlDataSource dataSource, TimeProvider clock, DeclarationRepository repository, ReleaseSuspensionStore suspensions,
    AutomaticRelease release, ILogger<ReleaseSuspensionTermChangedConsumer> logger)
    : IpEventConsumer<ReleaseSuspensionTermChanged>(dataSource, clock, repository, release, logger)
{
    protected override Guid DeclarationIdOf(ReleaseSuspensionTermChanged message) => message.DeclarationId;

    protected override async Task ApplyAsync(
        ConsumeContext<ReleaseSuspensionTermChanged> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var message = context.Message;
        if (!await suspensions.RecordTermAsync(connection, transaction, message.SuspensionId, message.DeclarationId, message.SuspendedUntil, message.ChangedAt, ct))
        {
            logger.LogInformation("Suspension {SuspensionId}: a later term is recorded than the {Until} moved at {ChangedAt} ({Cause}); skipped",
                message.SuspensionId, message.SuspendedUntil, message.ChangedAt, message.Cause);
            return;
        }

        await IpEventApplier.ApplyAsync(connection, transaction, Repository, message.DeclarationId, logger, d =>
        {
            d.RecordSuspensionTermChanged(
                "ipregister", Clock.GetStoredNow(), message.SuspensionId, message.SuspendedUntil, message.Provisional, message.Cause, message.LegalBasis);
            return true;
        }, ct);
    }
}
