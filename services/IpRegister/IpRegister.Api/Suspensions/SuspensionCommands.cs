using Customs.IpRegister.Api.Domain;
using Customs.ServiceDefaults;
using Customs.BuildingBlocks.Identity;
using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.IpRegister.Api.Data;
using Customs.IpRegister.Api.Domain.Calendars;
using Customs.IpRegister.Api.Domain.Inspections;
using Customs.IpRegister.Api.Domain.Suspensions;
using Customs.IpRegister.Api.Register;
using Npgsql;

namespace Customs.IpRegister.Api.Suspensions;

/// <summary>
/// Decisions on suspensions, written by the head of the office or the deputy (Arts. 397(1), 399(4)), and the court
/// decision that alone finds goods counterfeit (Art. 397(3)).
/// </summary>
public sealed class SuspensionCommands(
    NpgsqlDataSource dataSource, SuspensionRepository suspensions, JurisdictionCalendars calendars, IOutbox outbox, TimeProvider clock,
    NoticeService notices, InspectionPermissionRepository permissions, ILogger<SuspensionCommands> logger)
{
    public async Task<Suspension> GetAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await suspensions.GetAsync(connection, null, id, forUpdate: false, ct) ?? throw NotFound(id);
    }

    public static NotFoundException NotFound(Guid id) => new(RegisterErrors.SuspensionNotFound, $"Suspension {id} was not found.");

    /// <summary>
    /// Art. 397(1): extended by the written decision of the head of the office or the deputy; the permissions to inspect
    /// and sample run on with it (Art. 398(1)).
    /// </summary>
    public Task<Suspension> ExtendAsync(
        Guid id, int workingDays, string? reference, string decisionReference, string officerId, OfficerRole role, CancellationToken ct) =>
        DecideAsync(id, role, (suspension, today) =>
        {
            var jurisdiction = JurisdictionOf(suspension);
            if (jurisdiction == Jurisdiction.China)
            {
                // GAC Arts. 22, 29: the terms run from the notice's delivery and from detaining; nothing extends them.
                throw new SuspensionRuleException(RegisterErrors.GacTermNotExtendable,
                    "At a Chinese office the term is the holder's 3 working days, then 50 working days from detaining; it is not extended.",
                    "GAC IPR measures Arts. 22, 29");
            }

            var terms = SuspensionTerms.For(jurisdiction, suspension.DetectedOn);
            suspension.Extend(workingDays, reference, terms.MaxExtensionWorkingDays, calendars.For(jurisdiction), today,
                new ExtensionDecision(today, officerId, role, decisionReference));
            return SuspensionEvents.Extended(suspension);
        }, ct, (c, tx, suspension) => permissions.ExtendForSuspensionAsync(c, tx, suspension.Id, InspectionPermission.ValidUntilFor(suspension), ct));

    /// <summary>
    /// Art. 397(1): the written decision on held goods by the head of the office or the deputy. Suspend: ReleaseSuspended
    /// again for the same suspension, the ten working days from today, and the notices to both parties (397(2)).
    /// Decline: ReleaseSuspensionLifted.
    /// </summary>
    public Task<Suspension> DecideHeldAsync(
        Guid id, SuspensionDecision decision, string reference, string officerId, OfficerRole role, CancellationToken ct)
    {
        var legalBasis = "";
        return DecideAsync(id, role, (suspension, today) =>
        {
            var jurisdiction = JurisdictionOf(suspension);
            var terms = SuspensionTerms.For(jurisdiction, suspension.DetectedOn);
            legalBasis = terms.LegalBasis;
            suspension.Decide(new WrittenDecision(decision, today, officerId, role, reference), terms.InitialWorkingDays, calendars.For(jurisdiction));
            return decision == SuspensionDecision.Suspend
                ? SuspensionEvents.Suspended(suspension, terms.LegalBasis)
                : SuspensionEvents.Lifted(suspension);
        }, ct, decision == SuspensionDecision.Suspend ? (c, tx, suspension) => notices.WriteAsync(c, tx, suspension, legalBasis, ct) : null);
    }

    /// <summary>Art. 399(2)(1): lifted early on the holder's request.</summary>
    public Task<Suspension> LiftAsync(Guid id, OfficerRole role, CancellationToken ct) =>
        DecideAsync(id, role, (suspension, today) =>
        {
            suspension.Lift(LiftReason.HolderRequest, today);
            return SuspensionEvents.Lifted(suspension);
        }, ct);

    public Task<Suspension> RecordCourtDecisionAsync(Guid id, bool counterfeit, string reference, OfficerRole role, CancellationToken ct) =>
        DecideAsync(id, role, (suspension, today) =>
        {
            var wasActive = suspension.IsInForce;
            if (counterfeit && JurisdictionOf(suspension) == Jurisdiction.China && today > suspension.Until)
            {
                // GAC Art. 29: the court's notice to assist counts within 50 working days from detaining, never later.
                throw new SuspensionRuleException(RegisterErrors.GacCourtNoticeTooLate,
                    $"The court's notice came after {suspension.Until:yyyy-MM-dd}, the last of the 50 working days from detaining.", "GAC IPR measures Art. 29");
            }

            suspension.RecordCourtDecision(counterfeit, reference, today);
            return counterfeit ? SuspensionEvents.Seized(suspension) : wasActive ? SuspensionEvents.Lifted(suspension) : null;
        }, ct);

    /// <summary>Art. 399(1): an authority's administrative seizure or confiscation before the term ran out keeps the goods.</summary>
    public Task<Suspension> RecordSeizureAsync(Guid id, SeizureAct act, string authority, string reference, OfficerRole role, CancellationToken ct) =>
        DecideAsync(id, role, (suspension, today) =>
        {
            suspension.RecordSeizure(act, authority, reference, today);
            return SuspensionEvents.Seized(suspension);
        }, ct);

    /// <summary>
    /// Art. 399(1): every active suspension whose term has run is lifted, dated the day after its expiry; every hold whose
    /// decision did not come by its day lapses the same way (Art. 397(1)).
    /// </summary>
    public async Task<int> LiftExpiredAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        // Each office's term ends on its own date (a Yekaterinburg suspension on Yekaterinburg's, a Chinese one on
        // Beijing's): the candidates are the terms ended before the latest date any office can have now (UTC's next day),
        // each lifted only once its own office's date is past it.
        var candidates = await suspensions.LockDueAsync(connection, transaction, DateOnly.FromDateTime(now.UtcDateTime).AddDays(1), 100, ct);
        var due = candidates.Where(s => s.IsDueForLifting(OfficeDate.At(s.Context.CustomsOfficeCode, now))).ToList();

        foreach (var suspension in due)
        {
            suspension.Expire();
            if (suspension.LiftReason == LiftReason.NoDecision)
            {
                // Art. 397(1) needs a written decision of the head or the deputy; without one the goods are not kept.
                logger.LogWarning(
                    "Hold {SuspensionId} of declaration {DeclarationId} lapsed: no decision by {DecideBy:yyyy-MM-dd}; release may go ahead",
                    suspension.Id, suspension.DeclarationId, suspension.DecideBy);
            }

            await suspensions.UpdateAsync(connection, transaction, suspension, ct);
            await outbox.EnqueueAsync(connection, transaction, SuspensionEvents.Lifted(suspension), cancellationToken: ct);
        }

        await transaction.CommitAsync(ct);
        return due.Count;
    }

    private static Jurisdiction JurisdictionOf(Suspension suspension) => CustomsOffices.JurisdictionOfCode(suspension.Context.Jurisdiction);

    private async Task<Suspension> DecideAsync(
        Guid id, OfficerRole role, Func<Suspension, DateOnly, object?> decide, CancellationToken ct,
        Func<NpgsqlConnection, NpgsqlTransaction, Suspension, Task>? alsoAsync = null)
    {
        if (!SuspensionAuthority.MayDecide(role))
        {
            throw new PermissionDeniedException(RegisterErrors.HeadOrDeputyRequired,
                "Only the head of the customs office or the deputy decides on suspensions (Arts. 397(1), 399(4)).", "Customs Code Arts. 397(1), 399(4)");
        }

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var suspension = await suspensions.GetAsync(connection, transaction, id, forUpdate: true, ct) ?? throw NotFound(id);
        var today = OfficeDate.Today(clock, suspension.Context.CustomsOfficeCode);
        var evt = decide(suspension, today);

        await suspensions.UpdateAsync(connection, transaction, suspension, ct);
        if (alsoAsync is not null)
        {
            await alsoAsync(connection, transaction, suspension);
        }

        if (evt is not null)
        {
            await outbox.EnqueueAsync(connection, transaction, evt, cancellationToken: ct);
        }

        await transaction.CommitAsync(ct);
        return suspension;
    }
}
