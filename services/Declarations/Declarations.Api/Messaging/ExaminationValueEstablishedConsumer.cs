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
/// A customs value the Examination service determined (Art. 323(7)) is recorded beside the declared one and announced with
/// <see cref="Contracts.CustomsValueEstablished"/>, which Payments reassesses on. Once per message (inbox), with the row locked.
/// </summary>
public sealed class ExaminationValueEstablishedConsumer(
    NpgsqlDataSource dataSource, TimeProvider clock, DeclarationRepository repository, IOutbox outbox, ILogger<ExaminationValueEstablishedConsumer> logger)
    : IpEventConsumer<ExaminationValueEstablished>(dataSource, clock, repository, logger)
{
    protected override Guid DeclarationIdOf(ExaminationValueEstablished message) => message.DeclarationId;

    protected override async Task ApplyAsync(
        ConsumeContext<ExaminationValueEstablished> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var m = context.Message;
        var changed = await IpEventApplier.ApplyAsync(connection, transaction, Repository, m.DeclarationId, logger, d =>
        {
            if (!CustomsValueChanges.Accepts(d, m.ItemNumber))
            {
                logger.LogWarning("Declaration {DeclarationId} ({Status}): the customs value {Value} {Currency} of item {Item} (decision {DecisionId}) is not recorded",
                    d.Id, d.Status, m.CustomsValue, m.Currency, m.ItemNumber, m.DecisionId);
                return false;
            }

            d.EstablishCustomsValue(m.OfficerId, Clock.GetStoredNow(), m.ItemNumber, m.CustomsValue, m.Currency, m.ValuationMethod, m.DecisionReference);
            return true;
        }, ct);
        if (changed is not null)
        {
            await outbox.EnqueueAsync(connection, transaction, DeclarationEvents.CustomsValueEstablished(changed, m.ItemNumber), null, context.CorrelationId, ct);
        }
    }
}
