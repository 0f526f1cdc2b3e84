using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.Examination.Api.Domain.Risk;
using Dapper;
using Npgsql;

namespace Customs.Examination.Api.Data;

/// <summary>Declarations whose control decision is still to be made, oldest first (<see cref="Application.ControlDecisions"/>).</summary>
public sealed class PendingDecisionStore(NpgsqlDataSource db)
{
    /// <summary>Queues the declaration in the caller's transaction; the decider is woken when the caller's connection closes.</summary>
    public Task QueueAsync(NpgsqlConnection c, NpgsqlTransaction tx, DeclarationFacts facts, Guid? correlationId, DateTimeOffset at, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition("""
            insert into pending_decisions (declaration_id, facts, correlation_id, trace_parent, queued_at)
            values (@DeclarationId, @Facts::jsonb, @CorrelationId, @TraceParent, @At)
            """, new
        {
            facts.DeclarationId, Facts = StoredJson.Write(facts), CorrelationId = correlationId, TraceParent = OutboxTracing.CurrentTraceParent(), At = at,
        }, tx, cancellationToken: ct));

    /// <summary>
    /// The oldest rows due (or those of <paramref name="only"/>), they and their cases locked; rows locked by another decider or
    /// whose case is locked (a closure, an examination being ordered) are left for the next pass. <c>Awaiting</c> is false for a
    /// case closed since it was queued: nothing is decided on it.
    /// </summary>
    public async Task<IReadOnlyList<PendingDecision>> TakeAsync(
        NpgsqlConnection c, NpgsqlTransaction tx, int limit, long? only, DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            select p.seq, p.facts::text as facts, p.correlation_id, p.trace_parent, k.status = @Awaiting as awaiting
            from pending_decisions p join control_cases k on k.declaration_id = p.declaration_id
            where (@Only::bigint is null or p.seq = @Only) and (p.retry_after is null or p.retry_after <= @Now)
            order by p.seq
            limit @Limit
            for update of p, k skip locked
            """;
        var rows = await c.QueryAsync<Row>(new CommandDefinition(sql, new
        {
            Awaiting = ControlCaseStore.AwaitingRiskAssessment, Only = only, Now = now, Limit = limit,
        }, tx, cancellationToken: ct));
        return [.. rows.Select(r => new PendingDecision(r.Seq, r.Facts, r.CorrelationId, r.TraceParent, r.Awaiting))];
    }

    public Task RemoveAsync(NpgsqlConnection c, NpgsqlTransaction tx, IEnumerable<long> seqs, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition("delete from pending_decisions where seq = any(@Seqs)", new { Seqs = seqs.ToArray() }, tx, cancellationToken: ct));

    /// <summary>Keeps a row whose decision failed on its own, with the error, until <paramref name="retryAfter"/>.</summary>
    public async Task PostponeAsync(long seq, string error, DateTimeOffset retryAfter, CancellationToken ct)
    {
        const string sql = "update pending_decisions set attempts = attempts + 1, last_error = @Error, retry_after = @RetryAfter where seq = @Seq";
        await using var c = await db.OpenConnectionAsync(ct);
        await c.ExecuteAsync(new CommandDefinition(sql, new { Seq = seq, Error = error, RetryAfter = retryAfter }, cancellationToken: ct));
    }

    private sealed class Row
    {
        public long Seq { get; init; }
        public string Facts { get; init; } = "";
        public Guid? CorrelationId { get; init; }
        public string? TraceParent { get; init; }
        public bool Awaiting { get; init; }
    }
}

/// <summary>
/// A queued declaration: its facts as registered (read when it is decided, so a row that cannot be read fails alone), the
/// registration's correlation id and trace, and whether its case still awaits a decision.
/// </summary>
public sealed record PendingDecision(long Seq, string FactsJson, Guid? CorrelationId, string? TraceParent, bool Awaiting)
{
    public DeclarationFacts ReadFacts() => StoredJson.Read<DeclarationFacts>(FactsJson);
}
