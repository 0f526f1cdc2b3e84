using Customs.BuildingBlocks.Data;
using Customs.Examination.Api.Domain.Risk;
using Dapper;
using Npgsql;

namespace Customs.Examination.Api.Data;

/// <summary>
/// Control decisions with what they were made on (counters before, settings), and each profile's hits for its statistics; a batch
/// of decisions is written with the counters after it and its cases' status in one round trip (the counters' rows are locked until
/// the commit).
/// </summary>
public sealed class ControlDecisionStore(NpgsqlDataSource db)
{
    private static readonly string[] DecisionColumns =
    [
        "declaration_id", "registration_number", "office_code", "direction", "acceptance_date", "lane", "forms", "selected_by", "decision::jsonb",
        "inputs::jsonb", "seed", "decided_at",
    ];

    private static readonly string[] HitColumns = ["declaration_id", "profile_id", "profile_version", "selected", "acceptance_date"];

    /// <summary>
    /// Writes a batch's decisions and their hits, the counters each office and direction was left with, and the cases' status
    /// (decided): four statements in one round trip whatever the batch's size.
    /// </summary>
    public async Task InsertManyAsync(
        NpgsqlConnection c, NpgsqlTransaction tx, IReadOnlyList<DecisionToWrite> made,
        IReadOnlyDictionary<(string OfficeCode, Direction Direction), SelectionCounters> counters, DateTimeOffset at, CancellationToken ct)
    {
        var hits = made.SelectMany(m => m.Decision.Hits.Select(h => (m.Facts, Hit: h)));
        var inserts = MultiRowInsert.Commands("control_decisions", DecisionColumns, made, m => [
            m.Facts.DeclarationId, m.Facts.RegistrationNumber, m.Facts.OfficeCode, EnumCodes.Of(m.Facts.Direction), m.Facts.AcceptanceDate,
            EnumCodes.Of(m.Decision.Lane), m.Decision.Forms.Select(EnumCodes.Of).ToArray(), EnumCodes.Of(m.Decision.SelectedBy),
            StoredJson.Write(m.Decision), StoredJson.Write(m.Inputs), m.Decision.Seed, at,
        ]).Concat(MultiRowInsert.Commands("control_decision_hits", HitColumns, hits, h => [
            h.Facts.DeclarationId, h.Hit.ProfileId, h.Hit.ProfileVersion, h.Hit.Selected, h.Facts.AcceptanceDate,
        ]));
        var keys = counters.Keys.ToList();
        var counted = BatchCommand.Of("""
            update selection_counters k set total = n.total, yellow = n.yellow, red = n.red, blue = n.blue, unselected = n.unselected::jsonb
            from unnest($1, $2, $3, $4, $5, $6, $7) as n(office_code, direction, total, yellow, red, blue, unselected)
            where k.office_code = n.office_code and k.direction = n.direction
            """,
            keys.Select(k => k.OfficeCode).ToArray(), keys.Select(k => EnumCodes.Of(k.Direction)).ToArray(), keys.Select(k => counters[k].Total).ToArray(),
            keys.Select(k => counters[k].Yellow).ToArray(), keys.Select(k => counters[k].Red).ToArray(), keys.Select(k => counters[k].Blue).ToArray(),
            keys.Select(k => StoredJson.Write(counters[k].UnselectedInARow)).ToArray());
        var decided = BatchCommand.Of("update control_cases set status = $1 where declaration_id = any($2)",
            ControlCaseStore.Decided, made.Select(m => m.Facts.DeclarationId).ToArray());
        await BatchCommand.ExecuteAsync(c, tx, [.. inserts, counted, decided], ct);
    }

    public async Task<StoredDecision?> GetAsync(Guid declarationId, CancellationToken ct)
    {
        const string sql = """
            select declaration_id, registration_number, office_code, direction, acceptance_date, decision::text as decision, inputs::text as inputs, decided_at
            from control_decisions where declaration_id = @Id
            """;
        await using var c = await db.OpenConnectionAsync(ct);
        var row = await c.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(sql, new { Id = declarationId }, cancellationToken: ct));
        return row is null ? null : new StoredDecision(row.DeclarationId, row.RegistrationNumber, row.OfficeCode, EnumCodes.Parse<Direction>(row.Direction),
            row.AcceptanceDate, StoredJson.Read<ControlDecision>(row.Decision), StoredJson.Read<DecisionInputs>(row.Inputs), row.DecidedAt);
    }

    /// <summary>Hits, selections, completed examinations of selected declarations and those that found a discrepancy.</summary>
    public async Task<(int Hits, int Selections, int Examinations, int Findings)> StatisticsAsync(Guid profileId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        const string sql = """
            with h as (select declaration_id, selected from control_decision_hits
                       where profile_id = @Id and acceptance_date between @From and @To),
                 e as (select e.found_discrepancy from examinations e join h on h.declaration_id = e.declaration_id
                       where h.selected and e.status = 'completed')
            select (select count(*) from h)::int as hits, (select count(*) from h where selected)::int as selections,
                   (select count(*) from e)::int as examinations, (select count(*) from e where found_discrepancy)::int as findings
            """;
        await using var c = await db.OpenConnectionAsync(ct);
        var row = await c.QuerySingleAsync<StatisticsRow>(new CommandDefinition(sql, new { Id = profileId, From = from, To = to }, cancellationToken: ct));
        return (row.Hits, row.Selections, row.Examinations, row.Findings);
    }

    private sealed class Row
    {
        public Guid DeclarationId { get; init; }
        public string RegistrationNumber { get; init; } = "";
        public string OfficeCode { get; init; } = "";
        public string Direction { get; init; } = "";
        public DateOnly AcceptanceDate { get; init; }
        public string Decision { get; init; } = "";
        public string Inputs { get; init; } = "";
        public DateTimeOffset DecidedAt { get; init; }
    }

    private sealed class StatisticsRow
    {
        public int Hits { get; init; }
        public int Selections { get; init; }
        public int Examinations { get; init; }
        public int Findings { get; init; }
    }
}
