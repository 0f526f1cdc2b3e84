using Customs.Declarations.Api.Domain;
using Customs.IpRegister.Contracts;
using Dapper;
using Npgsql;

namespace Customs.Declarations.Api.Data;

/// <summary>
/// The IP register's suspensions of a declaration. Its events may arrive in any order, so each is recorded, and the
/// declaration is suspended while at least one suspension is neither lifted nor ended by seizure.
/// </summary>
public sealed class ReleaseSuspensionStore
{
    /// <summary>
    /// A ReleaseSuspended event: the hold pending the head's decision, or the suspension decided (or needing no decision).
    /// Whichever arrives first, a decided suspension keeps the decision's first day and never goes back to a hold; its last
    /// day only moves later.
    /// </summary>
    /// <returns>True when this event brings the written decision (Art. 397(1)) and none was recorded for the suspension before.</returns>
    public async Task<bool> RecordSuspendedAsync(NpgsqlConnection c, NpgsqlTransaction tx, ReleaseSuspended message, CancellationToken ct)
    {
        const string previous = "select decided_on is not null from release_suspensions where suspension_id = @SuspensionId for update";
        var decidedBefore = await c.ExecuteScalarAsync<bool?>(new CommandDefinition(previous, new { message.SuspensionId }, tx, cancellationToken: ct)) ?? false;
        const string sql = """
            insert into release_suspensions
                   (suspension_id, declaration_id, suspended_on, suspended_until, pending_decision, decided_on, decision_reference, decided_by_role)
            values (@SuspensionId, @DeclarationId, @On, @Until, @Pending, @DecidedOn, @DecisionReference, @DecidedByRole)
            on conflict (suspension_id) do update set
                   suspended_on = case when excluded.pending_decision or release_suspensions.pending_decision = false
                                       then coalesce(release_suspensions.suspended_on, excluded.suspended_on)
                                       else excluded.suspended_on end,
                   suspended_until = greatest(release_suspensions.suspended_until, excluded.suspended_until),
                   pending_decision = coalesce(release_suspensions.pending_decision, true) and excluded.pending_decision,
                   decided_on = coalesce(release_suspensions.decided_on, excluded.decided_on),
                   decision_reference = coalesce(release_suspensions.decision_reference, excluded.decision_reference),
                   decided_by_role = coalesce(release_suspensions.decided_by_role, excluded.decided_by_role)
            """;
        var decision = Decision(message);
        await c.ExecuteAsync(new CommandDefinition(sql, new
        {
            message.SuspensionId, message.DeclarationId,
            On = message.SuspendedOn.ToDateTime(TimeOnly.MinValue), Until = message.SuspendedUntil.ToDateTime(TimeOnly.MinValue),
            Pending = message.PendingDecision == true,
            DecidedOn = decision?.DecidedOn.ToDateTime(TimeOnly.MinValue), DecisionReference = decision?.Reference, DecidedByRole = decision?.DecidedByRole,
        }, tx, cancellationToken: ct));
        return decision is not null && !decidedBefore;
    }

    /// <summary>The written decision an event carries (Art. 397(1)); null for a hold, or a suspension made without one (GAC Art. 21).</summary>
    public static SuspensionDecision? Decision(ReleaseSuspended message) =>
        message.PendingDecision != true && message.DecidedOn is { } on && !string.IsNullOrWhiteSpace(message.DecisionReference)
            ? new SuspensionDecision(message.SuspensionId, on, message.DecisionReference, message.DecidedByRole ?? "", message.SuspendedUntil)
            : null;

    /// <summary>The last day of the suspension: an extension only moves it later, whichever event arrives first.</summary>
    public async Task RecordExtendedAsync(NpgsqlConnection c, NpgsqlTransaction tx, Guid suspensionId, Guid declarationId, DateOnly until, CancellationToken ct)
    {
        const string sql = """
            insert into release_suspensions (suspension_id, declaration_id, suspended_until) values (@SuspensionId, @DeclarationId, @Until)
            on conflict (suspension_id) do update set suspended_until = greatest(release_suspensions.suspended_until, excluded.suspended_until)
            """;
        await c.ExecuteAsync(new CommandDefinition(sql,
            new { SuspensionId = suspensionId, DeclarationId = declarationId, Until = until.ToDateTime(TimeOnly.MinValue) }, tx, cancellationToken: ct));
    }

    /// <summary>
    /// The last day moved other than by an extension (earlier or later): the announced day replaces the one kept, unless
    /// a later move of the same suspension is recorded already (events may arrive out of order); false when this one is
    /// older and was skipped. A move without <paramref name="changedAt"/> always applies.
    /// </summary>
    public async Task<bool> RecordTermAsync(
        NpgsqlConnection c, NpgsqlTransaction tx, Guid suspensionId, Guid declarationId, DateOnly until, DateTimeOffset? changedAt, CancellationToken ct)
    {
        const string sql = """
            insert into release_suspensions (suspension_id, declaration_id, suspended_until, term_changed_at)
            values (@SuspensionId, @DeclarationId, @Until, @ChangedAt)
            on conflict (suspension_id) do update set suspended_until = excluded.suspended_until,
                                                      term_changed_at = coalesce(excluded.term_changed_at, release_suspensions.term_changed_at)
             where excluded.term_changed_at is null or release_suspensions.term_changed_at is null
                or release_suspensions.term_changed_at < excluded.term_changed_at
            """;
        return await c.ExecuteAsync(new CommandDefinition(sql,
            new { SuspensionId = suspensionId, DeclarationId = declarationId, Until = until.ToDateTime(TimeOnly.MinValue), ChangedAt = changedAt },
            tx, cancellationToken: ct)) > 0;
    }

    public Task RecordLiftedAsync(NpgsqlConnection c, NpgsqlTransaction tx, Guid suspensionId, Guid declarationId, DateOnly on, CancellationToken ct) =>
        UpsertAsync(c, tx, suspensionId, declarationId, "lifted_on", on, ct);

    public Task RecordSeizedAsync(NpgsqlConnection c, NpgsqlTransaction tx, Guid suspensionId, Guid declarationId, DateOnly on, CancellationToken ct) =>
        UpsertAsync(c, tx, suspensionId, declarationId, "seized_on", on, ct);

    public async Task<bool> AnyActiveAsync(NpgsqlConnection c, NpgsqlTransaction tx, Guid declarationId, CancellationToken ct)
    {
        const string sql = """
            select exists (select 1 from release_suspensions
                            where declaration_id = @DeclarationId and suspended_on is not null
                              and lifted_on is null and seized_on is null)
            """;
        return await c.ExecuteScalarAsync<bool>(new CommandDefinition(sql, new { DeclarationId = declarationId }, tx, cancellationToken: ct));
    }

    private static async Task UpsertAsync(
        NpgsqlConnection c, NpgsqlTransaction tx, Guid suspensionId, Guid declarationId, string column, DateOnly on, CancellationToken ct)
    {
        // The column name is one of two constants above, never input.
        var sql = $"""
            insert into release_suspensions (suspension_id, declaration_id, {column}) values (@SuspensionId, @DeclarationId, @On)
            on conflict (suspension_id) do update set {column} = coalesce(release_suspensions.{column}, excluded.{column})
            """;
        await c.ExecuteAsync(new CommandDefinition(sql,
            new { SuspensionId = suspensionId, DeclarationId = declarationId, On = on.ToDateTime(TimeOnly.MinValue) }, tx, cancellationToken: ct));
    }
}
