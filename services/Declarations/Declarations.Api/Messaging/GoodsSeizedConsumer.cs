using Customs.BuildingBlocks.Clock;
using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.Declarations.Api.Application;
using Customs.Declarations.Api.Data;
using Customs.Declarations.Api.Domain;
using Customs.IpRegister.Contracts;
using MassTransit;
using Npgsql;

namespace Customs.Declarations.Api.Messaging;

/// <summary>Seized goods (or found counterfeit by a court) are not released: the release is refused.</summary>
public sealed class GoodsSeizedConsumer(
    NpgsqlDataSource dataSource, TimeProvider clock, DeclarationRepository repository, ReleaseSuspensionStore suspensions,
    IOutbox outbox, AutomaticRelease release, ILogger<GoodsSeizedConsumer> logger)
    : IpEventConsumer<GoodsSeized>(dataSource, clock, repository, release, logger)
{
    protected override Guid DeclarationIdOf(GoodsSeized message) => message.DeclarationId;

    protected override async Task ApplyAsync(
        ConsumeContext<GoodsSeized> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var message = context.Message;
        await suspensions.RecordSeizedAsync(connection, transaction, message.SuspensionId, message.DeclarationId, message.SeizedOn, ct);
        var now = Clock.GetStoredNow();
        var reason = $"goods seized (items {string.Join(", ", message.ItemNumbers)}): {message.DecisionReference}";
        var refused = await IpEventApplier.ApplyAsync(connection, transaction, Repository, message.DeclarationId, logger, d =>
        {
            if (d.Status is not (DeclarationStatus.UnderControl or DeclarationStatus.ReleaseSuspended))
            {
                logger.LogWarning("Declaration {DeclarationId} is {Status}; seizure {Decision} not applied", d.Id, d.Status, message.DecisionReference);
                return false;
            }

            d.Seize("ipregister", now, message.DecisionReference);
            return true;
        }, ct);
        if (refused is not null)
        {
            await outbox.EnqueueAsync(connection, transaction, DeclarationEvents.Refused(refused, now, reason, LegalBasis.Seizure), null, context.CorrelationId, ct);
        }
    }
}
