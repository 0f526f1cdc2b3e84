using Customs.BuildingBlocks.Data;
using Customs.Examination.Api.Domain.Examinations;
using Customs.Examination.Api.Domain.Risk;
using Customs.ServiceDefaults;
using Dapper;
using Npgsql;

namespace Customs.Examination.Api.Data;

/// <summary>The control case of a registered declaration: what selection and examination need of it.</summary>
public sealed class ControlCaseStore(NpgsqlDataSource db)
{
    public const string AwaitingRiskAssessment = "awaiting_risk_assessment";
    public const string Decided = "decided";

    /// <summary>Art. 356(1)[1]-[2]: the declaration was withdrawn or regarded as void; nothing more is done under its control.</summary>
    public const string Closed = "closed";

    /// <summary>Opens the case; false when it is open already (nothing changed).</summary>
    public async Task<bool> OpenAsync(NpgsqlConnection c, NpgsqlTransaction tx, DeclarationFacts d, DateOnly controlDeadline, DateTimeOffset at, CancellationToken ct)
    {
        const string sql = """
            insert into control_cases (declaration_id, registration_number, customs_office_code, declaration_kind, goods_item_count, status,
                                       opened_at, direction, acceptance_date, control_deadline, declarant_taxpayer_number, items)
            values (@DeclarationId, @RegistrationNumber, @OfficeCode, @Kind, @ItemCount, @Status, @At, @Direction, @AcceptanceDate,
                    @ControlDeadline, @Declarant, @Items::jsonb)
            on conflict (declaration_id) do nothing
            """;
        return await c.ExecuteAsync(new CommandDefinition(sql, new
        {
            d.DeclarationId, d.RegistrationNumber, d.OfficeCode, Kind = EnumCodes.Of(d.Kind), ItemCount = d.Items.Count, Status = AwaitingRiskAssessment,
            At = at, Direction = EnumCodes.Of(d.Direction), d.AcceptanceDate, ControlDeadline = controlDeadline,
            Declarant = d.TaxpayerNumbers.FirstOrDefault(), Items = StoredJson.Write(d.Items),
        }, tx, cancellationToken: ct)) == 1;
    }

    /// <summary>
    /// The declarants' compliance history: one row per completed examination of their declarations that found a discrepancy.
    /// A declaration's own history counts those of its declarant's other declarations.
    /// </summary>
    public async Task<IReadOnlyList<(string TaxpayerNumber, Guid DeclarationId)>> DiscrepanciesFoundAsync(
        NpgsqlConnection c, NpgsqlTransaction tx, IReadOnlyList<string> taxpayerNumbers, CancellationToken ct)
    {
        if (taxpayerNumbers.Count == 0)
        {
            return [];
        }

        const string sql = """
            select k.declarant_taxpayer_number, e.declaration_id from examinations e join control_cases k on k.declaration_id = e.declaration_id
            where k.declarant_taxpayer_number = any(@Tins) and e.status = 'completed' and e.found_discrepancy
            """;
        var rows = await c.QueryAsync<(string, Guid)>(new CommandDefinition(sql, new { Tins = taxpayerNumbers.ToArray() }, tx, cancellationToken: ct));
        return [.. rows];
    }

    public async Task MarkAsync(NpgsqlConnection c, NpgsqlTransaction tx, Guid declarationId, string status, CancellationToken ct)
    {
        const string sql = "update control_cases set status = @Status where declaration_id = @Id";
        await c.ExecuteAsync(new CommandDefinition(sql, new { Id = declarationId, Status = status }, tx, cancellationToken: ct));
    }

    /// <summary>Closes the case; false when the declaration has none (yet).</summary>
    public async Task<bool> CloseAsync(NpgsqlConnection c, NpgsqlTransaction tx, Guid declarationId, CancellationToken ct)
    {
        const string sql = "update control_cases set status = @Status where declaration_id = @Id";
        return await c.ExecuteAsync(new CommandDefinition(sql, new { Id = declarationId, Status = Closed }, tx, cancellationToken: ct)) == 1;
    }

    /// <summary>
    /// Before new control work on the declaration (an examination, an expert analysis): refused when its case is closed. The row
    /// is shared-locked for the transaction, so a closure waits for the work to commit and then ends it.
    /// </summary>
    public async Task EnsureNotClosedAsync(NpgsqlConnection c, NpgsqlTransaction tx, Guid declarationId, CancellationToken ct)
    {
        const string sql = "select status from control_cases where declaration_id = @Id for share";
        if (await c.ExecuteScalarAsync<string?>(new CommandDefinition(sql, new { Id = declarationId }, tx, cancellationToken: ct)) == Closed)
        {
            throw new RuleViolationException(ExaminationErrors.ControlCaseClosed,
                $"The control of declaration {declarationId} is closed: the declaration was withdrawn or regarded as void.", "Art. 356(1)");
        }
    }

    public async Task<ControlCase?> GetAsync(NpgsqlConnection c, NpgsqlTransaction? tx, Guid declarationId, CancellationToken ct)
    {
        const string sql = """
            select declaration_id, registration_number, customs_office_code, acceptance_date, control_deadline, declarant_taxpayer_number, items::text as items
            from control_cases where declaration_id = @Id
            """;
        var row = await c.QuerySingleOrDefaultAsync<CaseRow>(new CommandDefinition(sql, new { Id = declarationId }, tx, cancellationToken: ct));
        return row?.AcceptanceDate is not { } accepted ? null
            : new ControlCase(row.DeclarationId, row.RegistrationNumber, row.CustomsOfficeCode, accepted, row.ControlDeadline ?? accepted,
                row.DeclarantTaxpayerNumber, StoredJson.Read<List<ItemFacts>>(row.Items));
    }

    public Task<ControlCase?> GetAsync(Guid declarationId, CancellationToken ct) => WithConnection(c => GetAsync(c, null, declarationId, ct), ct);

    private async Task<T> WithConnection<T>(Func<NpgsqlConnection, Task<T>> query, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await query(c);
    }

    private sealed class CaseRow
    {
        public Guid DeclarationId { get; init; }
        public string RegistrationNumber { get; init; } = "";
        public string CustomsOfficeCode { get; init; } = "";
        public DateOnly? AcceptanceDate { get; init; }
        public DateOnly? ControlDeadline { get; init; }
        public string? DeclarantTaxpayerNumber { get; init; }
        public string Items { get; init; } = "[]";
    }
}
