using Customs.BuildingBlocks.Clock;
using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.Declarations.Api.Application;
using Customs.Declarations.Api.Data;
using Customs.Declarations.Api.Domain;
using MassTransit;
using Npgsql;

namespace Customs.Declarations.Api.Messaging;

/// <summary>
/// An Examination service's event that changes a goods item's customs value (Arts. 323(7), 383(4)): applied to a declaration that
/// is accepted and not withdrawn, voided or refused (released goods too, 323(7)), then announced with
/// <see cref="Contracts.CustomsValueEstablished"/>, which Payments reassesses on. Once per message (inbox), with the row locked.
/// </summary>
public abstract class CustomsValueEventConsumer<TMessage>(
    NpgsqlDataSource dataSource, TimeProvider clock, DeclarationRepository repository, IOutbox outbox, AutomaticRelease release, ILogger logger)
    : IpEventConsumer<TMessage>(dataSource, clock, repository, release, logger)
    where TMessage : class
{
    private readonly ILogger _logger = logger;

    protected abstract int ItemNumberOf(TMessage message);

    /// <summary>Changes the declaration; false when it changes nothing.</summary>
    protected abstract bool Apply(Declaration declaration, TMessage message, DateTimeOffset now);

    protected sealed override async Task ApplyAsync(
        ConsumeContext<TMessage> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var m = context.Message;
        var item = ItemNumberOf(m);
        var changed = await IpEventApplier.ApplyAsync(connection, transaction, Repository, DeclarationIdOf(m), _logger, d =>
        {
            if (d.Status is DeclarationStatus.UnderControl or DeclarationStatus.ReleaseSuspended or DeclarationStatus.Released
                && d.Content.Items.Any(i => i.Number == item))
            {
                return Apply(d, m, Clock.GetStoredNow());
            }

            _logger.LogWarning("Declaration {DeclarationId} ({Status}): {Event} of item {Item} is not recorded", d.Id, d.Status, typeof(TMessage).Name, item);
            return false;
        }, ct);
        if (changed is not null)
        {
            await outbox.EnqueueAsync(connection, transaction, DeclarationEvents.CustomsValueEstablished(changed, item), null, context.CorrelationId, ct);
            await Release.Conditions.CountFactAnnouncedAsync(connection, transaction, changed.Id, ct);
        }
    }
}
