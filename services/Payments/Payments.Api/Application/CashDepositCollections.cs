using Customs.BuildingBlocks.Calendar;
using Customs.BuildingBlocks.Clock;
using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.Payments.Api.Data;
using Customs.Payments.Api.Domain;
using Customs.Payments.Api.Domain.Interest;
using Customs.Payments.Api.Domain.Penalties;
using Customs.Payments.Api.Domain.Securities;
using Customs.Payments.Contracts;
using Customs.ServiceDefaults;
using Npgsql;

namespace Customs.Payments.Api.Application;

/// <summary>
/// Arts. 353(1), (2), 357(5): the payer's arrears collected from its cash deposit (a deposit in force, or the part a refund
/// kept for the arrears) on a resolution of the head or a deputy, once per reference. The deposit's row is locked first
/// (as reservations and calls lock it), then the obligation; the collection, the payment and its event commit together.
/// </summary>
public sealed class CashDepositCollections(
    NpgsqlDataSource db, SecurityStore securities, CashDepositCollectionStore store, CollectionStore demands, ObligationStore obligations,
    PenaltyCalculator penalties, InterestCalculator interest, WorkingCalendars calendars, IOutbox outbox, TimeProvider clock)
{
    public async Task<(StoredDepositCollection Collection, bool Created)> CollectAsync(
        Guid securityId, string reference, string declarationId, Guid demandId, DateOnly collectedOn, string decidedBy, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var deposit = await securities.LockAsync(connection, transaction, securityId, ct)
            ?? throw new NotFoundException(PaymentErrors.SecurityNotFound, $"No security {securityId}.");
        if (await store.ByReferenceAsync(connection, transaction, reference, ct) is { } booked)
        {
            return booked.SameRequest(securityId, declarationId, demandId, collectedOn)
                ? (booked, false)
                : throw new AlreadyExistsException(PaymentErrors.CollectionReferenceReused, "This collection_reference was applied already with other content.");
        }

        var obligation = await obligations.LockAsync(connection, transaction, declarationId, ct)
            ?? throw new NotFoundException(PaymentErrors.AssessmentNotFound, $"Declaration {declarationId} has no assessment.");
        obligation.EnsureNotAfterToday(collectedOn, "collected_on", clock);
        var demand = await demands.DemandAsync(connection, transaction, demandId, ct);
        if (demand is null || demand.DeclarationId != declarationId)
        {
            // Art. 353(2): "provided the payer has been formally notified thereof in the demand for dutiable payments (Article 350)".
            throw new NotFoundException(PaymentErrors.DemandNotFound, $"Declaration {declarationId} has no demand {demandId}.");
        }

        var payer = await obligations.PayerOfAsync(connection, transaction, declarationId, ct) ?? "";
        var (after, collection) = CashDepositRules.Collect(deposit, obligation, payer, demand.MeetBy, collectedOn, penalties, interest, calendars.Russia);
        var now = clock.GetStoredNow();
        var stored = new StoredDepositCollection(reference, securityId, declarationId, demandId, collectedOn, collection);
        await securities.TakeAsync(connection, transaction, securityId, collection.AmountRub, ct);
        await obligations.SaveAsync(connection, transaction, after, now, ct);
        await outbox.EnqueueIfSettledAsync(connection, transaction, after, collectedOn, ct);
        await store.InsertAsync(connection, transaction, stored, decidedBy, now, ct);
        await outbox.EnqueueAsync(connection, transaction, new CashDepositCollected
        {
            SecurityId = securityId, CollectionReference = reference, PrincipalTaxpayerNumber = deposit.Principal, DeclarationId = declarationId,
            AmountRub = collection.AmountRub, ToPaymentsRub = collection.ToPaymentsRub, ToInterestRub = collection.ToInterestRub,
            ToPenaltiesRub = collection.ToPenaltiesRub, CollectedOn = collectedOn, NoticeBy = collection.NoticeBy,
        }, cancellationToken: ct);
        await transaction.CommitAsync(ct);
        return (stored, true);
    }
}
