using Customs.BuildingBlocks.Data;
using Customs.Examination.Api.Domain.Examinations;
using Dapper;
using Npgsql;

namespace Customs.Examination.Api.Data;

/// <summary>Inspections and examinations; an update succeeds only on the version read (another writer's change is not overwritten).</summary>
public sealed class ExaminationStore(NpgsqlDataSource db)
{
    private const string Select = """
        select e.examination_id, e.declaration_id, k.registration_number, k.customs_office_code as office_code, e.kind, e.status, e.officers, e.opened_on,
               e.base_due_on, e.due_on, e.due_on_provisional, e.findings::text as findings, e.extensions::text as extensions,
               e.attendees::text as attendees, e.absence_reason, e.witnesses::text as witnesses, e.results, e.completed_at, e.completed_by, e.version,
               e.ended_reason
        from examinations e join control_cases k on k.declaration_id = e.declaration_id
        """;

    /// <summary>Inserts an open examination; false when the declaration has one open already.</summary>
    public async Task<bool> TryInsertAsync(NpgsqlConnection c, NpgsqlTransaction tx, GoodsExamination e, string by, DateTimeOffset at, CancellationToken ct)
    {
        const string sql = """
            insert into examinations (examination_id, declaration_id, kind, status, officers, opened_on, opened_at, opened_by, base_due_on, due_on, due_on_provisional)
            values (@Id, @DeclarationId, @Kind, 'open', @Officers, @OpenedOn, @At, @By, @BaseDueOn, @DueOn, @DueOnProvisional)
            on conflict (declaration_id) where status = 'open' do nothing
            """;
        return await c.ExecuteAsync(new CommandDefinition(sql, new
        {
            e.Id, e.DeclarationId, Kind = EnumCodes.Of(e.Kind), Officers = e.Officers.ToArray(), e.OpenedOn, At = at, By = by, e.BaseDueOn, e.DueOn, e.DueOnProvisional,
        }, tx, cancellationToken: ct)) == 1;
    }

    public Task LockAsync(NpgsqlConnection c, NpgsqlTransaction tx, Guid id, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition("select 1 from examinations where examination_id = @Id for update", new { Id = id }, tx, cancellationToken: ct));

    public async Task<GoodsExamination?> GetAsync(NpgsqlConnection c, NpgsqlTransaction? tx, Guid id, CancellationToken ct)
    {
        var row = await c.QuerySingleOrDefaultAsync<Row>(new CommandDefinition($"{Select} where e.examination_id = @Id", new { Id = id }, tx, cancellationToken: ct));
        return row is null ? null : GoodsExamination.Restore(row.ToStored());
    }

    public async Task<GoodsExamination?> GetAsync(Guid id, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await GetAsync(c, null, id, ct);
    }

    /// <summary>Writes the examination's state if its version is still the one read; false when another writer came first.</summary>
    public async Task<bool> UpdateAsync(NpgsqlConnection c, NpgsqlTransaction tx, GoodsExamination e, CancellationToken ct)
    {
        const string sql = """
            update examinations set status = @Status, due_on = @DueOn, due_on_provisional = @DueOnProvisional, findings = @Findings::jsonb,
                extensions = @Extensions::jsonb, attendees = @Attendees::jsonb, absence_reason = @Absence, witnesses = @Witnesses::jsonb,
                results = @Results, ended_reason = @EndedReason, found_discrepancy = @FoundDiscrepancy, completed_at = @CompletedAt, completed_by = @CompletedBy, version = version + 1
            where examination_id = @Id and version = @Version
            """;
        var updated = await c.ExecuteAsync(new CommandDefinition(sql, new
        {
            e.Id, e.Version, Status = EnumCodes.Of(e.Status), e.DueOn, e.DueOnProvisional, Findings = StoredJson.Write(e.Findings),
            Extensions = StoredJson.Write(e.Extensions), Attendees = StoredJson.Write(e.Attendees),
            Absence = e.AbsenceReason == AbsenceReason.Unspecified ? null : EnumCodes.Of(e.AbsenceReason), Witnesses = StoredJson.Write(e.Witnesses),
            e.Results, e.EndedReason, e.FoundDiscrepancy, e.CompletedAt, e.CompletedBy,
        }, tx, cancellationToken: ct));
        if (updated == 1)
        {
            e.MarkStored(e.Version + 1);
        }

        return updated == 1;
    }

    /// <summary>Open examinations of an office due before its today, most overdue first.</summary>
    public async Task<IReadOnlyList<GoodsExamination>> OverdueAsync(string officeCode, DateOnly officeToday, DueCursor? after, int limit, CancellationToken ct)
    {
        const string sql = $"""
            {Select}
            where k.customs_office_code = @Office and e.status = 'open' and e.due_on < @Today
              and (@AfterDue::date is null or (e.due_on, e.examination_id) > (@AfterDue, @AfterId))
            order by e.due_on, e.examination_id
            limit @Limit
            """;
        await using var c = await db.OpenConnectionAsync(ct);
        var rows = await c.QueryAsync<Row>(new CommandDefinition(sql, new
        {
            Office = officeCode, Today = officeToday, AfterDue = after?.DueOn, AfterId = after?.Id ?? Guid.Empty, Limit = limit,
        }, cancellationToken: ct));
        return [.. rows.Select(r => GoodsExamination.Restore(r.ToStored()))];
    }

    private sealed class Row
    {
        public Guid ExaminationId { get; init; }
        public Guid DeclarationId { get; init; }
        public string RegistrationNumber { get; init; } = "";
        public string OfficeCode { get; init; } = "";
        public string Kind { get; init; } = "";
        public string Status { get; init; } = "";
        public string[] Officers { get; init; } = [];
        public DateOnly OpenedOn { get; init; }
        public DateOnly BaseDueOn { get; init; }
        public DateOnly DueOn { get; init; }
        public bool DueOnProvisional { get; init; }
        public string Findings { get; init; } = "[]";
        public string Extensions { get; init; } = "[]";
        public string Attendees { get; init; } = "[]";
        public string? AbsenceReason { get; init; }
        public string Witnesses { get; init; } = "[]";
        public string? Results { get; init; }
        public DateTimeOffset? CompletedAt { get; init; }
        public string? CompletedBy { get; init; }
        public int Version { get; init; }
        public string? EndedReason { get; init; }

        public StoredExamination ToStored() => new(
            ExaminationId, DeclarationId, RegistrationNumber, OfficeCode, EnumCodes.Parse<ExaminationKind>(Kind), Officers, OpenedOn, BaseDueOn,
            EnumCodes.Parse<ExaminationStatus>(Status), DueOn, DueOnProvisional, StoredJson.Read<List<ItemFinding>>(Findings),
            StoredJson.Read<List<TermExtension>>(Extensions), StoredJson.Read<List<Person>>(Attendees),
            AbsenceReason is null ? Domain.Examinations.AbsenceReason.Unspecified : EnumCodes.Parse<AbsenceReason>(AbsenceReason),
            StoredJson.Read<List<Person>>(Witnesses), Results, CompletedAt, CompletedBy, Version) { EndedReason = EndedReason };
    }
}
