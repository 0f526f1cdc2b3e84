using Customs.BuildingBlocks.Messaging.Inbox;
using Customs.Declarations.Api.Application;
using Customs.Declarations.Api.Data;
using Customs.Declarations.Api.Domain;
using Customs.IpRegister.Contracts;
using MassTransit;
using Npgsql;

namespace Customs.Declarations.Api.Messaging;

/// <summary>Art. 397(1): release of goods with signs of infringement is suspended.</summary>
public sealed class ReleaseSuspendedConsumer(
    NpgsqlDataSource dataSource, TimeProvider clock, DeclarationRepository repository, ReleaseSuspensionStore suspensions,
    ILogger<ReleaseSuspendedConsumer> logger)
    : IdempotentConsumer<ReleaseSuspended>(dataSource, clock, logger)
{
    protected override async Task HandleAsync(
        ConsumeContext<ReleaseSuspended> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var message = context.Message;
        await suspensions.RecordSuspendedAsync(connection, transaction, message.SuspensionId, message.DeclarationId, message.SuspendedOn, message.SuspendedUntil, ct);
        if (!await suspensions.AnyActiveAsync(connection, transaction, message.DeclarationId, ct))
        {
            // The lift (or seizure) of this suspension arrived first.
            return;
        }

        var note = $"suspension {message.SuspensionId} until {message.SuspendedUntil:yyyy-MM-dd}, items {string.Join(", ", message.ItemNumbers)}, "
            + $"right-holder {message.RightHolderName}";
        await IpEventApplier.ApplyAsync(connection, transaction, repository, message.DeclarationId, logger, d =>
        {
            if (d.Status != DeclarationStatus.UnderControl && d.Status != DeclarationStatus.ReleaseSuspended)
            {
                logger.LogWarning("Declaration {DeclarationId} is {Status}; suspension {SuspensionId} not applied", d.Id, d.Status, message.SuspensionId);
                return false;
            }

            return d.SuspendRelease("ipregister", Clock.GetStoredNow(), string.IsNullOrWhiteSpace(message.LegalBasis) ? LegalBasis.SuspensionIp : message.LegalBasis, note);
        }, ct);
    }
}
