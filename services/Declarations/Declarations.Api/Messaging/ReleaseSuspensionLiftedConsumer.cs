using Customs.BuildingBlocks.Messaging.Inbox;
using Customs.Declarations.Api.Application;
using Customs.Declarations.Api.Data;
using Customs.IpRegister.Contracts;
using MassTransit;
using Npgsql;

namespace Customs.Declarations.Api.Messaging;

/// <summary>Art. 399: when no suspension is left, the goods are back under control and may be released.</summary>
public sealed class ReleaseSuspensionLiftedConsumer(
    NpgsqlDataSource dataSource, TimeProvider clock, DeclarationRepository repository, ReleaseSuspensionStore suspensions,
    ILogger<ReleaseSuspensionLiftedConsumer> logger)
    : IdempotentConsumer<ReleaseSuspensionLifted>(dataSource, clock, logger)
{
    protected override async Task HandleAsync(
        ConsumeContext<ReleaseSuspensionLifted> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var message = context.Message;
        await repository.LockAsync(connection, transaction, message.DeclarationId, ct);
        await suspensions.RecordLiftedAsync(connection, transaction, message.SuspensionId, message.DeclarationId, message.LiftedOn, ct);
        if (await suspensions.AnyActiveAsync(connection, transaction, message.DeclarationId, ct))
        {
            return;
        }

        await IpEventApplier.ApplyAsync(connection, transaction, repository, message.DeclarationId, logger,
            d => d.LiftSuspension("ipregister", Clock.GetStoredNow(), $"suspension {message.SuspensionId} lifted: {message.Reason}"), ct);
    }
}
