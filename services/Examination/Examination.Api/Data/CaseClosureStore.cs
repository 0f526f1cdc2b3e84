using Customs.BuildingBlocks.Data;
using Customs.Examination.Api.Domain.Closures;
using Dapper;
using Npgsql;

namespace Customs.Examination.Api.Data;

/// <summary>Closures of control (Art. 356(1)), one per declaration, kept even before the declaration's registration arrives.</summary>
public sealed class CaseClosureStore
{
    /// <summary>
    /// Serializes the registration and the closure of one declaration (they arrive on one queue in any order): whichever
    /// commits second sees the other.
    /// </summary>
    public Task LockDeclarationAsync(NpgsqlConnection c, NpgsqlTransaction tx, Guid declarationId, CancellationToken ct) =>
        BatchCommand.ExecuteAsync(c, tx, [LockDeclarationsStatement([declarationId])], ct);

    /// <summary>
    /// The locks of <see cref="LockDeclarationAsync"/> for several declarations as one statement, for a consumer to send
    /// with its inbox rows: taken in the order of the ids, so two transactions taking several never deadlock.
    /// </summary>
    public static NpgsqlBatchCommand LockDeclarationsStatement(IEnumerable<Guid> declarationIds) =>
        BatchCommand.Of(
            "select pg_advisory_xact_lock(hashtext('declaration:' || d::text)) from unnest($1::uuid[]) with ordinality as l (d, n) order by n",
            declarationIds.Distinct().Order().ToArray());

    /// <summary>Records the closure; false when the declaration's control is closed already (nothing changed).</summary>
    public async Task<bool> TryInsertAsync(NpgsqlConnection c, NpgsqlTransaction tx, CaseClosure closure, DateTimeOffset at, CancellationToken ct)
    {
        const string sql = """
            insert into case_closures (declaration_id, ground, reason, closed_by, closed_at, recorded_at)
            values (@DeclarationId, @Ground, @Reason, @ClosedBy, @ClosedAt, @At)
            on conflict (declaration_id) do nothing
            """;
        return await c.ExecuteAsync(new CommandDefinition(sql, new
        {
            closure.DeclarationId, Ground = EnumCodes.Of(closure.Ground), closure.Reason, closure.ClosedBy, closure.ClosedAt, At = at,
        }, tx, cancellationToken: ct)) == 1;
    }

    public async Task<CaseClosure?> GetAsync(NpgsqlConnection c, NpgsqlTransaction? tx, Guid declarationId, CancellationToken ct)
    {
        const string sql = "select declaration_id, ground, reason, closed_by, closed_at from case_closures where declaration_id = @Id";
        var row = await c.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(sql, new { Id = declarationId }, tx, cancellationToken: ct));
        return row is null ? null : new CaseClosure(row.DeclarationId, EnumCodes.Parse<ClosureGround>(row.Ground), row.Reason, row.ClosedBy, row.ClosedAt);
    }

    private sealed class Row
    {
        public Guid DeclarationId { get; init; }
        public string Ground { get; init; } = "";
        public string Reason { get; init; } = "";
        public string? ClosedBy { get; init; }
        public DateTimeOffset ClosedAt { get; init; }
    }
}
