using Customs.BuildingBlocks.Clock;
using Customs.Payments.Api.Data;
using Customs.Payments.Api.Domain;
using Customs.Payments.Api.Domain.Deferrals;
using Customs.Payments.Api.Domain.Payments;
using Customs.ServiceDefaults;
using Npgsql;

namespace Customs.Payments.Api.Application;

/// <summary>
/// A payer's request for deferral or instalments (Art. 333(1)), booked once per request reference, and the customs
/// office's decision on it (333(5), (7)); an approval moves the obligation's term and charges the penalty to its day.
/// </summary>
public sealed class Deferrals(
    NpgsqlDataSource db, DeferralStore store, ObligationStore obligations, DeferralRules rules, TimeProvider clock,
    SecurityWaiverStore waivers)
{
    /// <param name="partRub">Art. 333(4): the part of what is owed (of the categories named) asked for; null for the whole of it.</param>
    /// <param name="categories">Art. 333(4): the categories of duties and taxes deferred; empty for all of what is owed.</param>
    public async Task<(StoredDeferral Deferral, bool Created)> RequestAsync(
        string reference, string declarationId, string payer, DeferralKind kind, DeferralGround ground, int months, DateOnly submittedOn,
        decimal? partRub, IReadOnlyList<PaymentCategory> categories, string requestedBy, CancellationToken ct)
    {
        (StoredDeferral, bool) Repeated(StoredDeferral booked)
        {
            var r = booked.Request;
            return r.DeclarationId == declarationId && r.Kind == kind && r.Ground == ground && r.Months == months && r.SubmittedOn == submittedOn
                   && r.PartAsked == partRub is not null && (partRub is null || r.AmountRub == partRub)
                   && r.Categories.Order().SequenceEqual(categories.Distinct().Order())
                ? (booked, false)
                : throw new AlreadyExistsException(PaymentErrors.RequestReferenceReused, "This request_reference is booked already with other content.");
        }

        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (await store.ByReferenceAsync(connection, transaction, payer, reference, ct) is { } booked)
        {
            return Repeated(booked);
        }

        var obligation = await obligations.LockAsync(connection, transaction, declarationId, ct)
            ?? throw new NotFoundException(PaymentErrors.AssessmentNotFound, $"Declaration {declarationId} has no assessment.");
        obligation.EnsureNotAfterToday(submittedOn, "submitted_on", clock);
        if (await obligations.PayerOfAsync(connection, transaction, declarationId, ct) is { Length: > 0 } assessedTo && assessedTo != payer)
        {
            throw new PermissionDeniedException(PaymentErrors.NotThePayersAccount, "Only the payer of the declaration asks to change its term.", "Art. 333(1)");
        }

        if (await store.HasOpenAsync(connection, transaction, declarationId, ct))
        {
            throw new AlreadyExistsException(PaymentErrors.DeferralExists, $"Declaration {declarationId} has a deferral requested or granted already.");
        }

        var request = rules.Request(obligation, reference, payer, kind, ground, months, submittedOn, partRub, categories);
        var id = Guid.CreateVersion7(clock.GetUtcNow());
        try
        {
            if (!await store.TryInsertAsync(connection, transaction, id, request, requestedBy, clock.GetStoredNow(), ct))
            {
                // A concurrent call booked the reference first (the insert waited for its commit): answered as the repeat it is.
                return Repeated((await store.ByReferenceAsync(connection, transaction, payer, reference, ct))!);
            }

            await transaction.CommitAsync(ct);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // Another request for the declaration was booked alongside this one (one open at a time): the same reference
            // sent twice at once is the repeat it is, another one is refused. The transaction failed: read outside it.
            return await store.ByReferenceAsync(payer, reference, ct) is { } first
                ? Repeated(first)
                : throw new AlreadyExistsException(PaymentErrors.DeferralExists, $"Declaration {declarationId} has a deferral requested or granted already.");
        }

        return (new StoredDeferral(id, request, null), true);
    }

    public async Task<StoredDeferral> DecideAsync(
        Guid id, DeferralStatus outcome, DateOnly decidedOn, DeferralRefusalGround refusalGround, string securityReference, string decidedBy, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var stored = await store.LockAsync(connection, transaction, id, ct)
            ?? throw new NotFoundException(PaymentErrors.DeferralNotFound, $"No deferral request {id}.");
        if (stored.Decision is { } decided)
        {
            // The same decision sent again is answered, not taken twice.
            return decided.Outcome == outcome && decided.DecidedOn == decidedOn && decided.RefusalGround == refusalGround
                ? stored
                : throw new RuleViolationException(PaymentErrors.DeferralDecided,
                    $"The request was {decided.Outcome.ToString().ToLowerInvariant()} on {decided.DecidedOn:yyyy-MM-dd}.", "Art. 333(7)");
        }

        var obligation = await obligations.LockAsync(connection, transaction, stored.Request.DeclarationId, ct)
            ?? throw new NotFoundException(PaymentErrors.AssessmentNotFound, $"Declaration {stored.Request.DeclarationId} has no assessment.");
        obligation.EnsureNotAfterToday(decidedOn, "decided_on", clock);
        if (decidedOn < stored.Request.SubmittedOn)
        {
            throw new RequestValidationException([new("decided_on", "cannot be before the request was submitted")]);
        }

        var now = clock.GetStoredNow();
        DeferralDecision decision;
        if (outcome == DeferralStatus.Refused)
        {
            decision = DeferralRules.Refuse(stored.Request, decidedOn, refusalGround);
        }
        else
        {
            // Art. 337(2): a waiver of the declaration's security decided by then lifts the condition of 333(5).
            var waiver = await waivers.InForceAsync(connection, transaction, stored.Request.DeclarationId, null, decidedOn, ct);
            decision = rules.Approve(stored.Request, obligation, decidedOn, securityReference, securityWaived: waiver is not null);
            if (decision.PenaltyChargedRub > 0)
            {
                // Art. 349(2): the penalty runs "until the day when the customs authorities resolve to approve a deferment".
                obligation = obligation.WithPenaltyCharged(decision.PenaltyChargedRub, decidedOn);
            }

            // The parts leave the term of Art. 329 for their own; the period (and its interest, Art. 336(1)) starts after
            // the term or the decision, whichever is later (DeferralRules.Approve).
            var start = decidedOn > obligation.DueDate ? decidedOn : obligation.DueDate;
            obligation = obligation.Defer([.. decision.Schedule.Select(i => new DeferredPart(i.DueOn, i.PrincipalRub) { Category = i.Category })], start);
            await obligations.SaveAsync(connection, transaction, obligation, now, ct);
        }

        await store.DecideAsync(connection, transaction, id, decision, decidedBy, now, ct);
        await transaction.CommitAsync(ct);
        return stored with { Decision = decision };
    }

    /// <summary>Art. 335(2): a granted deferral rescinded on a circumstance of 335(1); the same rescission again is answered.</summary>
    public async Task<StoredDeferral> RescindAsync(Guid id, DateOnly rescindedOn, DeferralRefusalGround ground, string rescindedBy, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var stored = await store.LockAsync(connection, transaction, id, ct)
            ?? throw new NotFoundException(PaymentErrors.DeferralNotFound, $"No deferral request {id}.");
        if (stored.Rescission is { } rescinded)
        {
            return rescinded.RescindedOn == rescindedOn && rescinded.Ground == ground
                ? stored
                : throw new RuleViolationException(PaymentErrors.DeferralNotInForce, $"The deferral was rescinded on {rescinded.RescindedOn:yyyy-MM-dd}.", "Art. 335(2)");
        }

        if (stored.Decision is not { } granted)
        {
            throw new RuleViolationException(PaymentErrors.DeferralNotInForce, "The request is not decided: it is refused, not rescinded (Art. 335(1)).", "Art. 335(2)");
        }

        var obligation = await obligations.LockAsync(connection, transaction, stored.Request.DeclarationId, ct)
            ?? throw new NotFoundException(PaymentErrors.AssessmentNotFound, $"Declaration {stored.Request.DeclarationId} has no assessment.");
        obligation.EnsureNotAfterToday(rescindedOn, "rescinded_on", clock);
        var (after, rescission) = rules.Rescind(granted, obligation, rescindedOn, ground);
        var now = clock.GetStoredNow();
        await obligations.SaveAsync(connection, transaction, after, now, ct);
        await store.RescindAsync(connection, transaction, id, rescission, rescindedBy, now, ct);
        await transaction.CommitAsync(ct);
        return stored with { Rescission = rescission };
    }

    public async Task<StoredDeferral> GetAsync(Guid id, CancellationToken ct) =>
        await store.GetAsync(id, ct) ?? throw new NotFoundException(PaymentErrors.DeferralNotFound, $"No deferral request {id}.");
}
