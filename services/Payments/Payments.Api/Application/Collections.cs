using Customs.BuildingBlocks.Clock;
using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.Payments.Api.Data;
using Customs.Payments.Api.Domain;
using Customs.Payments.Api.Domain.Collection;
using Customs.Payments.Api.Domain.Interest;
using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Penalties;
using Customs.ServiceDefaults;
using Npgsql;

namespace Customs.Payments.Api.Application;

/// <summary>
/// Records an act of compulsory collection once per reference (Arts. 348, 351-354). From advances it is carried out at
/// once: taken from the payer's account to the declaration (payments first, then penalties, Art. 349(7)), with a receipt.
/// The money another act brings in (the bank's execution, a sale's proceeds) is booked against it once per payment reference.
/// </summary>
public sealed class Collections(
    NpgsqlDataSource db, CollectionStore store, ProceedsStore proceedsStore, ObligationStore obligations, AccountStore accounts, AdvanceRates advanceRates,
    CollectionRules rules, PenaltyCalculator penalties, InterestCalculator interest, ExchangeRateStore rates, IOutbox outbox, TimeProvider clock)
{
    public async Task<(StoredCollectionAct Act, bool Created)> CollectAsync(CollectionOrder order, string decidedBy, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (await store.ByReferenceAsync(connection, transaction, order.Reference, ct) is { } booked)
        {
            return Repeat(booked, order);
        }

        var obligation = await obligations.LockAsync(connection, transaction, order.DeclarationId, ct)
            ?? throw new NotFoundException(PaymentErrors.AssessmentNotFound, $"Declaration {order.DeclarationId} has no assessment.");
        if (await store.ByReferenceAsync(connection, transaction, order.Reference, ct) is { } bookedWhileWaiting)
        {
            // The same act sent alongside was booked (and took the advances) while this one waited for the obligation.
            return Repeat(bookedWhileWaiting, order);
        }

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

        var advances = order.Source == CollectionSource.Advances ? await AdvancesAsync(connection, transaction, payer, order.DeclarationId, ct) : HeldAdvances.None;
        var act = rules.Decide(order, obligation, demand, await store.SourcesAsync(connection, transaction, order.DeclarationId, ct), advances.TotalRub);
        var now = clock.GetStoredNow();
        var receipts = new List<string>();
        if (act.CollectedRub > 0)
        {
            var (after, _, _) = obligation.Pay(act.CollectedRub, order.DecidedOn, penalties, interest);
            var (fromRoubles, fromCurrencies) = advances.Take(act.CollectedRub);
            if (fromRoubles > 0)
            {
                receipts.Add(await accounts.DebitAsync(connection, transaction, payer, order.DeclarationId, fromRoubles, order.DecidedOn, now, ct));
            }

            foreach (var (from, paidRub, debited) in fromCurrencies)
            {
                receipts.Add(await accounts.DebitCurrencyAsync(
                    connection, transaction, payer, order.DeclarationId, debited, paidRub, from.Rate, from.AcceptedOn, order.DecidedOn, now, ct));
            }

            await obligations.SaveAsync(connection, transaction, after, now, ct);
            await outbox.EnqueueIfSettledAsync(connection, transaction, after, order.DecidedOn, ct);
        }

        var stored = new StoredCollectionAct(Guid.CreateVersion7(now), act, receipts.FirstOrDefault() ?? "") { OtherReceiptNumbers = [.. receipts.Skip(1)] };
        if (!await store.TryInsertAsync(connection, transaction, stored, decidedBy, now, ct))
        {
            // The same reference sent alongside was booked while this one waited for the obligation: this is its repeat.
            await transaction.RollbackAsync(ct);
            return Repeat(await store.ByReferenceAsync(order.Reference, ct) ?? throw new InvalidOperationException("A booked collection act vanished."), order);
        }

        await transaction.CommitAsync(ct);
        return (stored, true);
    }

    /// <summary>
    /// Art. 353(1): the payer's unclaimed advances, locked: the roubles and each foreign currency held (330(2)), converted at
    /// the rate in force on the declaration's acceptance day (331(3)); a currency without that day's rate is left out.
    /// </summary>
    private async Task<HeldAdvances> AdvancesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string payer, string declarationId, CancellationToken ct)
    {
        var roubles = await accounts.LockBalanceAsync(connection, transaction, payer, ct);
        var held = await accounts.LockCurrencyBalancesAsync(connection, transaction, payer, ct);
        if (held.Count == 0 || await advanceRates.OnAcceptanceDayAsync(declarationId, held.Select(h => h.Currency), ct) is not { } day)
        {
            return new HeldAdvances(roubles, []);
        }

        return new HeldAdvances(roubles, [.. held.Select(h => AdvanceRates.Conversion(h.Currency, h.Balance, day)).OfType<AdvanceConversion>()]);
    }

    private static (CollectionProceeds, ProceedsApplied, bool) Repeat((CollectionProceeds Proceeds, ProceedsApplied Applied) booked, CollectionProceeds asked) =>
        booked.Proceeds == asked
            ? (booked.Proceeds, booked.Applied, false)
            : throw new AlreadyExistsException(PaymentErrors.PaymentReferenceReused, "This payment_reference is booked already with another act, amount or day.");

    private static (StoredCollectionAct, bool) Repeat(StoredCollectionAct booked, CollectionOrder order) => booked.Act.Order == order
        ? (booked, false)
        : throw new AlreadyExistsException(PaymentErrors.RequestReferenceReused, "This reference is booked already for another collection act.");

    /// <summary>
    /// Books what an act brought in on its declaration, once per payment reference: met from the moment the funds leave the
    /// payer's account (Art. 332[1]), so penalties and interest are charged to that day; the duties past their terms first,
    /// the interest next (336(2)), the penalties after (349(7)); more than the declaration owes is collected in excess (355(1)).
    /// </summary>
    public async Task<(CollectionProceeds Proceeds, ProceedsApplied Applied, bool Created)> RecordProceedsAsync(
        string paymentReference, Guid actId, decimal amount, string currency, DateOnly receivedOn, string recordedBy, CancellationToken ct)
    {
        // Art. 351(4): a foreign currency's amount in roubles at the central bank's rate of the day of collection (PostgreSQL's rates).
        var dayRates = currency == "RUB" ? null : await rates.RatesOnAsync(receivedOn, [currency], ct);
        var proceeds = CollectionRules.Proceeds(paymentReference, actId, amount, currency, receivedOn, dayRates ?? new Domain.Rates.RateTable(receivedOn, []));
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (await proceedsStore.ByReferenceAsync(proceeds.PaymentReference, ct, connection, transaction) is { } booked)
        {
            return Repeat(booked, proceeds);
        }

        var act = await store.ActAsync(connection, transaction, proceeds.ActId, ct)
            ?? throw new NotFoundException(PaymentErrors.CollectionActNotFound, $"No collection act {proceeds.ActId}.");
        CollectionRules.CheckProceeds(act.Act, proceeds.ReceivedOn);
        var declarationId = act.Act.Order.DeclarationId;
        var obligation = await obligations.LockAsync(connection, transaction, declarationId, ct)
            ?? throw new NotFoundException(PaymentErrors.AssessmentNotFound, $"Declaration {declarationId} has no assessment.");
        obligation.EnsureNotAfterToday(proceeds.ReceivedOn, "received_on", clock);
        var (after, toPayments, toPenalties) = obligation.Pay(proceeds.AmountRub, proceeds.ReceivedOn, penalties, interest);
        var toInterest = after.InterestPaidRub - obligation.InterestPaidRub;
        var applied = new ProceedsApplied(toPayments, toInterest, toPenalties, proceeds.AmountRub - toPayments - toInterest - toPenalties);
        var now = clock.GetStoredNow();
        if (!await proceedsStore.TryInsertAsync(connection, transaction, proceeds, declarationId, applied, recordedBy, now, ct))
        {
            await transaction.RollbackAsync(ct);
            return Repeat(await proceedsStore.ByReferenceAsync(proceeds.PaymentReference, ct) ?? throw new InvalidOperationException("Booked proceeds vanished."), proceeds);
        }

        // Art. 355(1), (2): the excess stays on the declaration as collected in excess, returned on request (RefundService).
        var credited = after.WithExcessCollected(applied.ExcessRub);
        await obligations.SaveAsync(connection, transaction, credited, now, ct);
        await outbox.EnqueueIfSettledAsync(connection, transaction, credited, proceeds.ReceivedOn, ct);
        await transaction.CommitAsync(ct);
        return (proceeds, applied, true);
    }

    public Task<IReadOnlyList<StoredCollectionAct>> OfDeclarationAsync(string declarationId, CancellationToken ct) => store.OfDeclarationAsync(declarationId, ct);
}
