using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Contracts;
using Dapper;
using Npgsql;

namespace Customs.Payments.Api.Data;

/// <summary>
/// Keeps each declaration's <see cref="ReleaseStanding"/> (migration 0022) and announces every change of it
/// (<see cref="PaymentsStandingChanged"/>) in the transaction that changed it. Every write of an obligation, a reservation
/// or an unassessed record refreshes it, so no path that changes what a declaration owes or holds can forget to. The
/// standing's row is locked before anything is read, so two transactions refreshing one declaration take turns and the
/// later one reads what the earlier committed.
/// </summary>
public sealed class ReleaseStandingStore(IOutbox outbox, TimeProvider clock)
{
    /// <summary>Recomputes the declaration's standing and announces it when it changed.</summary>
    public Task RefreshAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string declarationId, CancellationToken ct) =>
        RefreshAsync(connection, transaction, declarationId, factsAccounted: 0, ct);

    /// <summary>
    /// One more announcement of a quantity or value customs established reached the assessment (it was reassessed on it,
    /// or had it already): counted, and the standing announced with the new count even when nothing else changed.
    /// </summary>
    public Task AccountFactAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string declarationId, CancellationToken ct) =>
        RefreshAsync(connection, transaction, declarationId, factsAccounted: 1, ct);

    private async Task RefreshAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string declarationId, int factsAccounted, CancellationToken ct)
    {
        // One round trip: the standing's row created if missing and locked, then what it is computed from (read after the
        // lock, so a transaction that waited on it sees what the one before committed).
        const string lockSql = """
            insert into release_standings (declaration_id) values (@Id) on conflict (declaration_id) do nothing;
            select sequence, allows_release, basis, owed_rub, due_on, facts_accounted from release_standings where declaration_id = @Id for update;
            select (select reason from unassessed_declarations where declaration_id = @Id) as reason,
                   (select coalesce(sum(amount_rub), 0) from security_reservations where declaration_id = @Id and status = 'reserved') as secured,
                   exists (select 1 from security_waivers where declaration_id = @Id and operation_reference = '') as waived;
            """;
        StandingRow known;
        (string? Reason, decimal Secured, bool Waived) facts;
        await using (var results = await connection.QueryMultipleAsync(new CommandDefinition(lockSql, new { Id = declarationId }, transaction, cancellationToken: ct)))
        {
            known = await results.ReadSingleAsync<StandingRow>();
            facts = await results.ReadSingleAsync<(string? Reason, decimal Secured, bool Waived)>();
        }

        var obligation = await ObligationStore.ReadAsync(connection, transaction, declarationId, ct);
        var standing = ReleaseStanding.Of(obligation, facts.Reason, facts.Secured, facts.Waived);
        if (factsAccounted == 0 && known.AllowsRelease == standing.AllowsRelease && known.Basis == standing.Basis && known.OwedRub == standing.OwedRub
            && known.DueOn == standing.DueOn)
        {
            return;
        }

        var now = clock.GetUtcNow();
        const string updateSql = """
            update release_standings set sequence = sequence + 1, allows_release = @AllowsRelease, basis = @Basis, owed_rub = @OwedRub, due_on = @DueOn,
                   facts_accounted = facts_accounted + @FactsAccounted, changed_at = @Now
            where declaration_id = @Id
            returning sequence, facts_accounted
            """;
        var (sequence, accounted) = await connection.QuerySingleAsync<(int, int)>(new CommandDefinition(updateSql, new
        {
            Id = declarationId, standing.AllowsRelease, standing.Basis, standing.OwedRub, standing.DueOn, FactsAccounted = factsAccounted, Now = now,
        }, transaction, cancellationToken: ct));
        await outbox.EnqueueAsync(connection, transaction, new PaymentsStandingChanged
        {
            DeclarationId = declarationId, Sequence = sequence, AllowsRelease = standing.AllowsRelease, Basis = standing.Basis, OwedRub = standing.OwedRub,
            DueOn = standing.DueOn, FactsAccounted = accounted, LegalBasis = standing.LegalBasis, Note = standing.Note, At = now,
        }, cancellationToken: ct);
    }

    private sealed class StandingRow
    {
        public int Sequence { get; init; }
        public bool? AllowsRelease { get; init; }
        public string? Basis { get; init; }
        public decimal? OwedRub { get; init; }
        public DateOnly? DueOn { get; init; }
        public int FactsAccounted { get; init; }
    }
}
