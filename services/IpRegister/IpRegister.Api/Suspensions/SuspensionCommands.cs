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
    NpgsqlDataSource dataSource, SuspensionRepository suspensions, JurisdictionCalendars calendars, IOutbox outbox, TimeProvider clock)
{
    public async Task<SuspensionRow> GetAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await suspensions.GetAsync(connection, null, id, forUpdate: false, ct) ?? throw Failures.NotFound($"Suspension {id}");
    }

    public Task<SuspensionRow> ExtendAsync(Guid id, int workingDays, string? reference, OfficerRole role, CancellationToken ct) =>
        DecideAsync(id, role, (row, suspension, today) =>
        {
            var jurisdiction = row.Jurisdiction == ChinaCalendar.Jurisdiction ? Jurisdiction.China : Jurisdiction.Russia;
            var terms = SuspensionTerms.For(jurisdiction, row.SuspendedOn);
            suspension.Extend(workingDays, reference, terms.MaxExtensionWorkingDays, calendars.For(jurisdiction), today);
            row.Apply(suspension);
            return SuspensionEvents.Extended(row);
        }, ct);

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
            var wasActive = suspension.Status == SuspensionStatus.Active;
            suspension.RecordCourtDecision(counterfeit, reference, today);
            row.Apply(suspension);
            return counterfeit ? SuspensionEvents.Seized(row) : wasActive ? SuspensionEvents.Lifted(row) : null;
        }, ct);

    /// <summary>Art. 399(1): every active suspension whose term has run is lifted, dated the day after its expiry.</summary>
    public async Task<int> LiftExpiredAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var due = await suspensions.LockDueAsync(connection, transaction, today, 100, ct);
        foreach (var row in due)
        {
            var suspension = row.ToDomain();
            suspension.Lift(LiftReason.Expired, suspension.LiftsOn);
            row.Apply(suspension);
            await suspensions.UpdateAsync(connection, transaction, row, ct);
            await outbox.EnqueueAsync(connection, transaction, SuspensionEvents.Lifted(row), cancellationToken: ct);
        }

        await transaction.CommitAsync(ct);
        return due.Count;
    }

    private async Task<SuspensionRow> DecideAsync(
        Guid id, OfficerRole role, Func<SuspensionRow, Suspension, DateOnly, object?> decide, CancellationToken ct)
    {
        if (!SuspensionAuthority.MayDecide(role))
        {
            throw Failures.PermissionDenied("Only the head of the customs office or the deputy decides on suspensions (Arts. 397(1), 399(4)).");
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var row = await suspensions.GetAsync(connection, transaction, id, forUpdate: true, ct) ?? throw Failures.NotFound($"Suspension {id}");
        object? evt;
        try
        {
            evt = decide(row, row.ToDomain(), today);
        }
        catch (SuspensionRuleException ex)
        {
            throw Failures.FailedPrecondition(ex.Message);
        }

        await suspensions.UpdateAsync(connection, transaction, row, ct);
        if (evt is not null)
        {
            await outbox.EnqueueAsync(connection, transaction, evt, cancellationToken: ct);
        }

        await transaction.CommitAsync(ct);
        return row;
    }
}
