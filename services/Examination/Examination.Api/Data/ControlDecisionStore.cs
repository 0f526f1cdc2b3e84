using Customs.BuildingBlocks.Data;
using Customs.Examination.Api.Domain.Risk;
using Dapper;
using Npgsql;

namespace Customs.Examination.Api.Data;

/// <summary>
/// Control decisions with what they were made on (counters before, settings), and each profile's hits for its statistics; a decision
/// is written with the office's counters after it and its case's status in one command (the counters' row is locked until the commit).
/// </summary>
public sealed class ControlDecisionStore(NpgsqlDataSource db)
{
    public async Task InsertAsync(
        NpgsqlConnection c, NpgsqlTransaction tx, DeclarationFacts d, ControlDecision decision, DecisionInputs inputs, SelectionCounters after, DateTimeOffset at,
        CancellationToken ct)
    {
        const string sql = """
            insert into control_decisions (declaration_id, registration_number, office_code, direction, acceptance_date, lane, forms, selected_by,
                                           decision, inputs, seed, decided_at)
            values (@DeclarationId, @RegistrationNumber, @OfficeCode, @Direction, @AcceptanceDate, @Lane, @Forms, @SelectedBy,
                    @Decision::jsonb, @Inputs::jsonb, @Seed, @At);
            insert into control_decision_hits (declaration_id, profile_id, profile_version, selected, acceptance_date)
            select @DeclarationId, h.id, h.version, h.selected, @AcceptanceDate
            from unnest(@HitIds, @HitVersions, @HitSelected) as h(id, version, selected);
            update selection_counters set total = @Total, yellow = @Yellow, red = @Red, blue = @Blue, unselected = @Unselected::jsonb
            where office_code = @OfficeCode and direction = @Direction;
            update control_cases set status = @Decided where declaration_id = @DeclarationId;
            """;
        await c.ExecuteAsync(new CommandDefinition(sql, new
        {
            d.DeclarationId, d.RegistrationNumber, d.OfficeCode, Direction = EnumCodes.Of(d.Direction), d.AcceptanceDate, Lane = EnumCodes.Of(decision.Lane),
            Forms = decision.Forms.Select(EnumCodes.Of).ToArray(), SelectedBy = EnumCodes.Of(decision.SelectedBy), Decision = StoredJson.Write(decision),
            Inputs = StoredJson.Write(inputs), decision.Seed, At = at,
            HitIds = decision.Hits.Select(h => h.ProfileId).ToArray(), HitVersions = decision.Hits.Select(h => h.ProfileVersion).ToArray(),
            HitSelected = decision.Hits.Select(h => h.Selected).ToArray(),
            after.Total, after.Yellow, after.Red, after.Blue, Unselected = StoredJson.Write(after.UnselectedInARow), ControlCaseStore.Decided,
        }, tx, cancellationToken: ct));
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
