using Customs.BuildingBlocks.Clock;
using Customs.Payments.Api.Data;
using Customs.Payments.Api.Domain;
using Customs.Payments.Api.Domain.Deferrals;
using Customs.ServiceDefaults;
using Npgsql;

namespace Customs.Payments.Api.Application;

/// <summary>
/// A payer's request for deferral or instalments (Art. 333(1)), booked once per request reference, and the customs
/// office's decision on it (333(5), (7)); an approval moves the obligation's term and charges the penalty to its day.
/// </summary>
public sealed class Deferrals(NpgsqlDataSource db, DeferralStore store, ObligationStore obligations, DeferralRules rules, TimeProvider clock)
{
    public async Task<(StoredDeferral Deferral, bool Created)> RequestAsync(
        string reference, string declarationId, string payer, DeferralKind kind, DeferralGround ground, int months, DateOnly submittedOn,
        string requestedBy, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var booked = await store.ByReferenceAsync(connection, transaction, payer, reference, ct);
        if (booked is not null)
        {
            var r = booked.Request;
            return r.DeclarationId == declarationId && r.Kind == kind && r.Ground == ground && r.Months == months && r.SubmittedOn == submittedOn
                ? (booked, false)
                : throw new AlreadyExistsException(PaymentErrors.RequestReferenceReused, "This request_reference is booked already with other content.");
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

        var request = rules.Request(obligation, reference, payer, kind, ground, months, submittedOn);
        var id = Guid.CreateVersion7(clock.GetUtcNow());
        await store.TryInsertAsync(connection, transaction, id, request, requestedBy, clock.GetStoredNow(), ct);
        await transaction.CommitAsync(ct);
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
            decision = rules.Approve(stored.Request, obligation, decidedOn, securityReference);
            if (decision.PenaltyChargedRub > 0)
            {
                // Art. 349(2): the penalty runs "until the day when the customs authorities resolve to approve a deferment".
                obligation = obligation with { PenaltyRub = obligation.PenaltyRub + decision.PenaltyChargedRub, PenaltySettledTo = decidedOn };
                await obligations.SaveAsync(connection, transaction, obligation, now, ct);
            }

            await obligations.MoveTermAsync(connection, transaction, obligation, decision.NewDueDate!.Value, ct);
        }

        await store.DecideAsync(connection, transaction, id, decision, decidedBy, now, ct);
        await transaction.CommitAsync(ct);
        return stored with { Decision = decision };
    }

    public async Task<StoredDeferral> GetAsync(Guid id, CancellationToken ct) =>
        await store.GetAsync(id, ct) ?? throw new NotFoundException(PaymentErrors.DeferralNotFound, $"No deferral request {id}.");
}
