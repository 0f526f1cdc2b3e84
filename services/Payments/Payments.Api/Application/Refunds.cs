using Customs.BuildingBlocks.Clock;
using Customs.BuildingBlocks.Data;
using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.Payments.Api.Data;
using Customs.Payments.Api.Domain;
using Customs.Payments.Api.Domain.Interest;
using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Penalties;
using Customs.Payments.Api.Domain.Refunds;
using Customs.Payments.Contracts;
using Customs.ServiceDefaults;
using Npgsql;

namespace Customs.Payments.Api.Application;

/// <summary>
/// Overpayment notices (Art. 355(3)), refund requests booked once per payer's reference (355(2), 356(2)) and the
/// resolution (355(4)): the amount leaves the declaration, an offset pays the payer's arrears on another one (355(8), (9)),
/// and the decision goes out as <see cref="RefundDecided"/> in the same transaction.
/// </summary>
public sealed class Refunds(
    NpgsqlDataSource db, RefundStore store, ObligationStore obligations, RefundRules rules, PenaltyCalculator penalties, InterestCalculator interest,
    IOutbox outbox, TimeProvider clock)
{
    public async Task<OverpaymentNotice> NotifyAsync(string declarationId, DateOnly discoveredOn, DateOnly notifiedOn, string recordedBy, CancellationToken ct)
    {
        var obligation = await obligations.GetAsync(declarationId, ct) ?? throw NoAssessment(declarationId);
        obligation.EnsureNotAfterToday(notifiedOn, "notified_on", clock);
        return await store.NoticeAsync(RefundRules.Notice(obligation, discoveredOn, notifiedOn), recordedBy, clock.GetStoredNow(), ct);
    }

    public async Task<(StoredRefund Refund, bool Created)> RequestAsync(
        string reference, string declarationId, string payer, RefundGround ground, decimal amountRub, DateOnly paidOn, DateOnly submittedOn, DateOnly completeOn,
        bool naturalPerson, RefundAccount account, string requestedBy, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        (StoredRefund, bool) Repeat(StoredRefund booked)
        {
            var r = booked.Request;
            return r.DeclarationId == declarationId && r.Ground == ground && r.AmountRub == amountRub && r.PaidOn == paidOn && r.SubmittedOn == submittedOn
                   && r.CompleteOn == completeOn && r.NaturalPerson == naturalPerson && r.Account == account
                ? (booked, false)
                : throw new AlreadyExistsException(PaymentErrors.RequestReferenceReused, "This request_reference is booked already with other content.");
        }

        if (await store.ByReferenceAsync(connection, transaction, payer, reference, ct) is { } booked)
        {
            return Repeat(booked);
        }

        var obligation = await obligations.LockAsync(connection, transaction, declarationId, ct) ?? throw NoAssessment(declarationId);
        obligation.EnsureNotAfterToday(completeOn, "complete_on", clock);
        await EnsurePayerAsync(connection, transaction, declarationId, payer, ct);
        var request = RefundRules.Request(obligation, reference, payer, ground, amountRub, paidOn, submittedOn, completeOn, naturalPerson) with { Account = account };
        var id = Guid.CreateVersion7(clock.GetUtcNow());
        if (!await store.TryInsertAsync(connection, transaction, id, request, requestedBy, clock.GetStoredNow(), ct))
        {
            // The same reference sent alongside was booked while this one waited for the obligation: this is its repeat.
            await transaction.RollbackAsync(ct);
            return Repeat(await store.ByReferenceAsync(payer, reference, ct) ?? throw new InvalidOperationException("A booked refund request vanished."));
        }

        await transaction.CommitAsync(ct);
        return (new StoredRefund(id, request, null), true);
    }

    public async Task<StoredRefund> DecideAsync(Guid id, DateOnly decidedOn, DateOnly refundedOn, string offsetDeclarationId, string decidedBy, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var stored = await store.LockAsync(connection, transaction, id, ct) ?? throw new NotFoundException(PaymentErrors.RefundNotFound, $"No refund request {id}.");
        if (stored.Decision is { } decided)
        {
            return decided.DecidedOn == decidedOn && decided.RefundedOn == refundedOn && decided.OffsetDeclarationId == offsetDeclarationId
                ? stored
                : throw new RuleViolationException(PaymentErrors.RefundDecided, $"The refund was decided on {decided.DecidedOn:yyyy-MM-dd}.", "Art. 355(4)");
        }

        var request = stored.Request;
        if (decidedOn < request.SubmittedOn)
        {
            throw new RequestValidationException([new("decided_on", "cannot be before the request was submitted")]);
        }

        if (offsetDeclarationId == request.DeclarationId)
        {
            throw new RequestValidationException([new("offset_declaration_id", "names another declaration of the payer, with arrears (Art. 355(8))")]);
        }

        var source = await obligations.LockAsync(connection, transaction, request.DeclarationId, ct) ?? throw NoAssessment(request.DeclarationId);
        source.EnsureNotAfterToday(refundedOn, "refunded_on", clock);
        Obligation? offsetAgainst = null;
        if (offsetDeclarationId.Length > 0)
        {
            offsetAgainst = await obligations.LockAsync(connection, transaction, offsetDeclarationId, ct) ?? throw NoAssessment(offsetDeclarationId);
            await EnsurePayerAsync(connection, transaction, offsetDeclarationId, request.Payer, ct);
        }

        // What the declaration has to return may have changed since the request (a payment, a reassessment): asked again.
        RefundRules.Request(source, request.Reference, request.Payer, request.Ground, request.AmountRub, request.PaidOn, request.SubmittedOn,
            request.CompleteOn, request.NaturalPerson);
        // The amount leaves the declaration, with the penalties and interest charged on it (Art. 355(7)); under Art. 356 the
        // duties themselves are no longer owed.
        var (returned, penaltiesBack, interestBack) = RefundRules.Return(request, source);
        var decision = rules.Decide(request, decidedOn, refundedOn, offsetAgainst) with { PenaltiesReturnedRub = penaltiesBack, InterestReturnedRub = interestBack };
        var now = clock.GetStoredNow();
        await obligations.SaveAsync(connection, transaction, returned, now, ct);
        if (offsetAgainst is not null && decision.OffsetRub > 0)
        {
            await OffsetAsync(connection, transaction, offsetAgainst, decision, now, ct);
        }

        await store.DecideAsync(connection, transaction, id, decision, decidedBy, now, ct);
        await outbox.EnqueueAsync(connection, transaction, new RefundDecided
        {
            RefundId = id, DeclarationId = request.DeclarationId, PayerTaxpayerNumber = request.Payer, Ground = EnumCodes.Of(request.Ground),
            RefundRub = decision.RefundRub, OffsetRub = decision.OffsetRub, OffsetDeclarationId = decision.OffsetDeclarationId,
            InterestRub = decision.Interest.AmountRub, DecidedOn = decidedOn, RefundedOn = refundedOn,
            PenaltiesReturnedRub = decision.PenaltiesReturnedRub, DeferralInterestReturnedRub = decision.InterestReturnedRub,
        }, cancellationToken: ct);
        await transaction.CommitAsync(ct);
        return stored with { Decision = decision };
    }

    public async Task<StoredRefund> GetAsync(Guid id, CancellationToken ct) =>
        await store.GetAsync(id, ct) ?? throw new NotFoundException(PaymentErrors.RefundNotFound, $"No refund request {id}.");

    /// <summary>Art. 332[3]: the arrears are met "from the moment when ... excessively paid ... amounts ... have been settled".</summary>
    private async Task OffsetAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Obligation arrears, RefundDecision decision, DateTimeOffset now, CancellationToken ct)
    {
        var (after, _, _) = arrears.Pay(decision.OffsetRub, decision.DecidedOn, penalties, interest);
        await obligations.SaveAsync(connection, transaction, after, now, ct);
        await outbox.EnqueueIfSettledAsync(connection, transaction, after, decision.DecidedOn, ct);
    }

    private async Task EnsurePayerAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string declarationId, string payer, CancellationToken ct)
    {
        if (await obligations.PayerOfAsync(connection, transaction, declarationId, ct) is { Length: > 0 } assessedTo && assessedTo != payer)
        {
            throw new PermissionDeniedException(PaymentErrors.NotThePayersAccount, $"Declaration {declarationId} was assessed to another payer.", "Art. 355(2), (8)");
        }
    }

    private static NotFoundException NoAssessment(string declarationId) => new(PaymentErrors.AssessmentNotFound, $"Declaration {declarationId} has no assessment.");
}
