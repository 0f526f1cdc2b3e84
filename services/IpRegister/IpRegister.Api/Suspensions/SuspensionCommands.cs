using Customs.IpRegister.Api.Domain;
using Customs.ServiceDefaults;
using Customs.BuildingBlocks.Identity;
using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.IpRegister.Api.Data;
using Customs.IpRegister.Api.Domain.Calendars;
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
    NoticeService notices, ILogger<SuspensionCommands> logger)
{
    public async Task<SuspensionRow> GetAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await suspensions.GetAsync(connection, null, id, forUpdate: false, ct) ?? throw NotFound(id);
    }

    public static NotFoundException NotFound(Guid id) => new(RegisterErrors.SuspensionNotFound, $"Suspension {id} was not found.");

    /// <summary>Art. 397(1): extended by the written decision of the head of the office or the deputy.</summary>
    public Task<SuspensionRow> ExtendAsync(
        Guid id, int workingDays, string? reference, string decisionReference, string officerId, OfficerRole role, CancellationToken ct) =>
        DecideAsync(id, role, (row, suspension, today) =>
        {
            var jurisdiction = JurisdictionOf(row);
            var terms = SuspensionTerms.For(jurisdiction, row.DetectedOn);
            suspension.Extend(workingDays, reference, terms.MaxExtensionWorkingDays, calendars.For(jurisdiction), today,
                new ExtensionDecision(today, officerId, role, decisionReference));
            row.Apply(suspension);
            return SuspensionEvents.Extended(row);
        }, ct);

    /// <summary>
    /// Art. 397(1): the written decision on held goods by the head of the office or the deputy. Suspend: ReleaseSuspended
    /// again for the same suspension, the ten working days from today, and the notices to both parties (397(2)).
    /// Decline: ReleaseSuspensionLifted.
    /// </summary>
    public Task<SuspensionRow> DecideHeldAsync(
        Guid id, SuspensionDecision decision, string reference, string officerId, OfficerRole role, CancellationToken ct)
    {
        var legalBasis = "";
        return DecideAsync(id, role, (row, suspension, today) =>
        {
            var jurisdiction = JurisdictionOf(row);
            var terms = SuspensionTerms.For(jurisdiction, row.DetectedOn);
            legalBasis = terms.LegalBasis;
            suspension.Decide(new WrittenDecision(decision, today, officerId, role, reference), terms.InitialWorkingDays, calendars.For(jurisdiction));
            row.Apply(suspension);
            return decision == SuspensionDecision.Suspend
                ? SuspensionEvents.Suspended(row, suspension, terms.LegalBasis)
                : SuspensionEvents.Lifted(row);
        }, ct, decision == SuspensionDecision.Suspend ? (c, tx, row) => notices.WriteAsync(c, tx, row, legalBasis, ct) : null);
    }

    /// <summary>Art. 399(2)(1): lifted early on the holder's request.</summary>
    public Task<SuspensionRow> LiftAsync(Guid id, OfficerRole role, CancellationToken ct) =>
        DecideAsync(id, role, (row, suspension, today) =>
        {
            suspension.Lift(LiftReason.HolderRequest, today);
            row.Apply(suspension);
            return SuspensionEvents.Lifted(row);
        }, ct);

    public Task<SuspensionRow> RecordCourtDecisionAsync(Guid id, bool counterfeit, string reference, OfficerRole role, CancellationToken ct) =>
        DecideAsync(id, role, (row, suspension, today) =>
        {
            var wasActive = suspension.IsInForce;
            suspension.RecordCourtDecision(counterfeit, reference, today);
            row.Apply(suspension);
            return counterfeit ? SuspensionEvents.Seized(row) : wasActive ? SuspensionEvents.Lifted(row) : null;
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
        // Each office's term ends on its own date: a Moscow suspension is due on the Moscow date, a Chinese one on Beijing's.
        var due = new List<SuspensionRow>();
        foreach (var jurisdiction in new[] { Jurisdiction.Russia, Jurisdiction.China })
        {
            var code = calendars.For(jurisdiction).Jurisdiction;
            due.AddRange(await suspensions.LockDueAsync(connection, transaction, code, OfficeDate.On(now, jurisdiction), 100, ct));
        }

        foreach (var row in due)
        {
            var suspension = row.ToDomain();
            suspension.Expire();
            row.Apply(suspension);
            if (suspension.LiftReason == LiftReason.NoDecision)
            {
                // Art. 397(1) needs a written decision of the head or the deputy; without one the goods are not kept.
                logger.LogWarning(
                    "Hold {SuspensionId} of declaration {DeclarationId} lapsed: no decision by {DecideBy:yyyy-MM-dd}; release may go ahead",
                    row.Id, row.DeclarationId, row.DecideBy);
            }

            await suspensions.UpdateAsync(connection, transaction, row, ct);
            await outbox.EnqueueAsync(connection, transaction, SuspensionEvents.Lifted(row), cancellationToken: ct);
        }

        await transaction.CommitAsync(ct);
        return due.Count;
    }

    private static Jurisdiction JurisdictionOf(SuspensionRow row) => CustomsOffices.JurisdictionOfCode(row.Jurisdiction);

    private async Task<SuspensionRow> DecideAsync(
        Guid id, OfficerRole role, Func<SuspensionRow, Suspension, DateOnly, object?> decide, CancellationToken ct,
        Func<NpgsqlConnection, NpgsqlTransaction, SuspensionRow, Task>? alsoAsync = null)
    {
        if (!SuspensionAuthority.MayDecide(role))
        {
            throw new PermissionDeniedException(RegisterErrors.HeadOrDeputyRequired,
                "Only the head of the customs office or the deputy decides on suspensions (Arts. 397(1), 399(4)).", "Customs Code Arts. 397(1), 399(4)");
        }

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var row = await suspensions.GetAsync(connection, transaction, id, forUpdate: true, ct) ?? throw NotFound(id);
        var today = OfficeDate.Today(clock, JurisdictionOf(row));
        var evt = decide(row, row.ToDomain(), today);

        await suspensions.UpdateAsync(connection, transaction, row, ct);
        if (alsoAsync is not null)
        {
            await alsoAsync(connection, transaction, row);
        }

        if (evt is not null)
        {
            await outbox.EnqueueAsync(connection, transaction, evt, cancellationToken: ct);
        }

        await transaction.CommitAsync(ct);
        return row;
    }
}
