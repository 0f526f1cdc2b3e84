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
/// A sample the Examination service kept (Art. 383(4)) reduces its item's customs value: recorded once per sample and announced
/// with <see cref="Contracts.CustomsValueEstablished"/>, which Payments reassesses on. Once per message (inbox), with the row locked.
/// </summary>
public sealed class SampleKeptByCustomsConsumer(
    NpgsqlDataSource dataSource, TimeProvider clock, DeclarationRepository repository, IOutbox outbox, ILogger<SampleKeptByCustomsConsumer> logger)
    : IpEventConsumer<SampleKeptByCustoms>(dataSource, clock, repository, logger)
{
    protected override Guid DeclarationIdOf(SampleKeptByCustoms message) => message.DeclarationId;

    protected override async Task ApplyAsync(
        ConsumeContext<SampleKeptByCustoms> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var m = context.Message;
        var changed = await IpEventApplier.ApplyAsync(connection, transaction, Repository, m.DeclarationId, logger, d =>
        {
            if (!CustomsValueChanges.Accepts(d, m.ItemNumber))
            {
                logger.LogWarning("Declaration {DeclarationId} ({Status}): sample {Sample} of analysis {AnalysisId} (item {Item}) is not recorded",
                    d.Id, d.Status, m.SampleNumber, m.AnalysisId, m.ItemNumber);
                return false;
            }

            return d.KeepSample(new KeptSample(m.AnalysisId, m.SampleNumber, m.ItemNumber, m.CustomsValueRub, m.OfficerId, Clock.GetStoredNow()));
        }, ct);
        if (changed is not null)
        {
            await outbox.EnqueueAsync(connection, transaction, DeclarationEvents.CustomsValueEstablished(changed, m.ItemNumber), null, context.CorrelationId, ct);
        }
    }
}
