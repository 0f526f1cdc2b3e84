using Customs.BuildingBlocks.Clock;
using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.Payments.Api.Data;
using Customs.Payments.Api.Domain;
using Customs.Payments.Api.Domain.Collection;
using Customs.Payments.Api.Domain.Interest;
using Customs.Payments.Api.Domain.Penalties;
using Customs.ServiceDefaults;
using Npgsql;

namespace Customs.Payments.Api.Application;

/// <summary>
/// Records an act of compulsory collection once per reference (Arts. 348, 351-354). From advances it is carried out at
/// once: taken from the payer's account to the declaration (payments first, then penalties, Art. 349(7)), with a receipt.
/// </summary>
public sealed class Collections(
    NpgsqlDataSource db, CollectionStore store, ObligationStore obligations, AccountStore accounts, CollectionRules rules, PenaltyCalculator penalties,
    InterestCalculator interest, IOutbox outbox, TimeProvider clock)
{
    public async Task<(StoredCollectionAct Act, bool Created)> CollectAsync(CollectionOrder order, string decidedBy, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (await store.ByReferenceAsync(connection, transaction, order.Reference, ct) is { } booked)
        {
            return booked.Act.Order == order
                ? (booked, false)
                : throw new AlreadyExistsException(PaymentErrors.RequestReferenceReused, "This reference is booked already for another collection act.");
        }

        var obligation = await obligations.LockAsync(connection, transaction, order.DeclarationId, ct)
            ?? throw new NotFoundException(PaymentErrors.AssessmentNotFound, $"Declaration {order.DeclarationId} has no assessment.");
        obligation.EnsureNotAfterToday(order.DecidedOn, "decided_on", clock);

        var demand = await store.DemandAsync(connection, transaction, order.DemandId, ct);
        if (demand is null || demand.DeclarationId != order.DeclarationId)
        {
            throw new NotFoundException(PaymentErrors.DemandNotFound, $"Declaration {order.DeclarationId} has no demand {order.DemandId}.");
        }

        var payer = await obligations.PayerOfAsync(connection, transaction, order.DeclarationId, ct) ?? "";
        if (order.Source == CollectionSource.Advances && payer.Length == 0)
        {
            throw new RuleViolationException(PaymentErrors.PayerUnknown, "The declaration was assessed without a payer: whose advances is unknown.", "Art. 353(1)");
        }

        var advances = order.Source == CollectionSource.Advances ? await accounts.LockBalanceAsync(connection, transaction, payer, ct) : 0;
        var act = rules.Decide(order, obligation, demand, await store.SourcesAsync(connection, transaction, order.DeclarationId, ct), advances);
        var now = clock.GetStoredNow();
        var receipt = "";
        if (act.CollectedRub > 0)
        {
            var (after, _, _) = obligation.Pay(act.CollectedRub, order.DecidedOn, penalties, interest);
            receipt = await accounts.DebitAsync(connection, transaction, payer, order.DeclarationId, act.CollectedRub, order.DecidedOn, now, ct);
            await obligations.SaveAsync(connection, transaction, after, now, ct);
            await outbox.EnqueueIfSettledAsync(connection, transaction, after, order.DecidedOn, ct);
        }

        var stored = new StoredCollectionAct(Guid.CreateVersion7(now), act, receipt);
        await store.InsertAsync(connection, transaction, stored, decidedBy, now, ct);
        await transaction.CommitAsync(ct);
        return (stored, true);
    }

    public Task<IReadOnlyList<StoredCollectionAct>> OfDeclarationAsync(string declarationId, CancellationToken ct) => store.OfDeclarationAsync(declarationId, ct);
}
