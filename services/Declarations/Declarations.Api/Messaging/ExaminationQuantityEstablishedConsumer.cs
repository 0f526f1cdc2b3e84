using Customs.BuildingBlocks.Clock;
using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.Declarations.Api.Application;
using Customs.Declarations.Api.Data;
using Customs.Declarations.Api.Domain;
using Customs.Examination.Contracts;
using MassTransit;
using Npgsql;

namespace Customs.Declarations.Api.Messaging;

/// <summary>
/// A quantity the Examination service's inspection or examination established (Arts. 371(3), 372(5)) is recorded on the
/// declaration as an officer's <c>EstablishQuantity</c> is, and announced with the same <see cref="Contracts.QuantityEstablished"/>,
/// which Payments reassesses on. Once per message (inbox), with the declaration's row locked.
/// </summary>
public sealed class ExaminationQuantityEstablishedConsumer(
    NpgsqlDataSource dataSource, TimeProvider clock, DeclarationRepository repository, IOutbox outbox, AutomaticRelease release, ILogger<ExaminationQuantityEstablishedConsumer> logger)
    : IpEventConsumer<ExaminationQuantityEstablished>(dataSource, clock, repository, release, logger)
{
    protected override Guid DeclarationIdOf(ExaminationQuantityEstablished message) => message.DeclarationId;

    protected override async Task ApplyAsync(
        ConsumeContext<ExaminationQuantityEstablished> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var m = context.Message;
        var form = m.Kind == "inspection" ? ControlForm.Inspection : ControlForm.Examination;
        EstablishedQuantity? established = null;
        var changed = await IpEventApplier.ApplyAsync(connection, transaction, Repository, m.DeclarationId, logger, d =>
        {
            if (d.Status is not (DeclarationStatus.UnderControl or DeclarationStatus.ReleaseSuspended)
                || d.Content.Items.FirstOrDefault(i => i.Number == m.ItemNumber) is not { } item
                || (d.EstablishedQuantities.TryGetValue(m.ItemNumber, out var known) ? known.Established : item.Quantity) == m.EstablishedQuantity)
            {
                logger.LogWarning("Declaration {DeclarationId} ({Status}): the quantity {Quantity} of item {Item} from examination {ExaminationId} is not recorded",
                    d.Id, d.Status, m.EstablishedQuantity, m.ItemNumber, m.ExaminationId);
                return false;
            }

            established = d.EstablishQuantity(m.OfficerId, Clock.GetStoredNow(), m.ItemNumber, m.EstablishedQuantity, form);
            return true;
        }, ct);
        if (changed is not null)
        {
            await outbox.EnqueueAsync(connection, transaction, DeclarationEvents.QuantityEstablished(changed, established!), null, context.CorrelationId, ct);
            await Release.Conditions.CountFactAnnouncedAsync(connection, transaction, changed.Id, ct);
        }
    }
}
