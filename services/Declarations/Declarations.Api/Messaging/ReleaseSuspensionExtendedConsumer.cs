using Customs.BuildingBlocks.Messaging.Inbox;
using Customs.Declarations.Api.Application;
using Customs.Declarations.Api.Data;
using Customs.IpRegister.Contracts;
using MassTransit;
using Npgsql;

namespace Customs.Declarations.Api.Messaging;

/// <summary>Art. 397(1): the suspension runs longer; its new last day is kept on the suspension and in the history.</summary>
public sealed class ReleaseSuspensionExtendedConsumer(
    NpgsqlDataSource dataSource, TimeProvider clock, DeclarationRepository repository, ReleaseSuspensionStore suspensions,
    ILogger<ReleaseSuspensionExtendedConsumer> logger)
    : IdempotentConsumer<ReleaseSuspensionExtended>(dataSource, clock, logger)
{
    protected override async Task HandleAsync(
        ConsumeContext<ReleaseSuspensionExtended> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var message = context.Message;
        await repository.LockAsync(connection, transaction, message.DeclarationId, ct);
        await suspensions.RecordExtendedAsync(connection, transaction, message.SuspensionId, message.DeclarationId, message.ExtendedUntil, ct);
        await IpEventApplier.ApplyAsync(connection, transaction, repository, message.DeclarationId, logger, d =>
        {
            d.RecordSuspensionExtended(
                "ipregister", Clock.GetStoredNow(), message.SuspensionId, message.ExtendedUntil, message.DecisionReference, message.DecidedByRole);
            return true;
        }, ct);
    }
}
