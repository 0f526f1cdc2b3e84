using Customs.BuildingBlocks.Data;
using Customs.Examination.Api.Domain.Risk;
using Dapper;
using Npgsql;

namespace Customs.Examination.Api.Data;

/// <summary>Selectivity settings and counters per office and direction, and the Art. 386 exemptions.</summary>
public sealed class SelectionStore(NpgsqlDataSource db)
{
    public async Task SaveSettingsAsync(SelectivitySettings s, string by, DateTimeOffset at, CancellationToken ct)
    {
        // New settings start the actual rates afresh: the top-up compares with what was decided under them.
        const string sql = """
            insert into selectivity_settings (office_code, direction, content, updated_at, updated_by)
            values (@OfficeCode, @Direction, @Content::jsonb, @At, @By)
            on conflict (office_code, direction) do update set content = excluded.content, updated_at = excluded.updated_at, updated_by = excluded.updated_by;
            delete from selection_counters where office_code = @OfficeCode and direction = @Direction;
            """;
        await using var c = await db.OpenConnectionAsync(ct);
        await c.ExecuteAsync(new CommandDefinition(sql, new
        {
            s.OfficeCode, Direction = EnumCodes.Of(s.Direction), Content = StoredJson.Write(s), At = at, By = by,
        }, cancellationToken: ct));
    }

    public async Task<(SelectivitySettings Settings, DateTimeOffset At, string By)?> GetSettingsAsync(string officeCode, Direction direction, CancellationToken ct)
    {
        const string sql = "select content::text as content, updated_at, updated_by from selectivity_settings where office_code = @OfficeCode and direction = @Direction";
        await using var c = await db.OpenConnectionAsync(ct);
        var row = await c.QuerySingleOrDefaultAsync<SettingsRow>(new CommandDefinition(sql, new { OfficeCode = officeCode, Direction = EnumCodes.Of(direction) }, cancellationToken: ct));
        return row is null ? null : (StoredJson.Read<SelectivitySettings>(row.Content), row.UpdatedAt, row.UpdatedBy);
    }

    /// <summary>
    /// The settings and the counters of each office and direction of a batch, the counters' rows locked until the transaction
    /// ends, in the order of their keys (as every decider locks them, so two never wait for each other in a circle): the
    /// batch's decisions there are made one after the other, each seeing the rates the one before left.
    /// </summary>
    public async Task<IReadOnlyDictionary<(string OfficeCode, Direction Direction), (SelectivitySettings? Settings, SelectionCounters Counters)>> LockAsync(
        NpgsqlConnection c, NpgsqlTransaction tx, IReadOnlyList<(string OfficeCode, Direction Direction)> keys, CancellationToken ct)
    {
        var ordered = keys.Select(k => (k.OfficeCode, Direction: EnumCodes.Of(k.Direction))).Distinct().OrderBy(k => k.OfficeCode, StringComparer.Ordinal)
            .ThenBy(k => k.Direction, StringComparer.Ordinal).ToList();
        const string sql = """
            insert into selection_counters (office_code, direction)
            select * from unnest(@Offices, @Directions) on conflict do nothing;
            select k.office_code, k.direction, k.total, k.yellow, k.red, k.blue, k.unselected::text as unselected, s.content::text as settings
            from selection_counters k left join selectivity_settings s on s.office_code = k.office_code and s.direction = k.direction
            where (k.office_code, k.direction) in (select * from unnest(@Offices, @Directions))
            order by k.office_code collate "C", k.direction collate "C"
            for update of k;
            """;
        var rows = await c.QueryAsync<CountersRow>(new CommandDefinition(sql, new
        {
            Offices = ordered.Select(k => k.OfficeCode).ToArray(), Directions = ordered.Select(k => k.Direction).ToArray(),
        }, tx, cancellationToken: ct));
        return rows.ToDictionary(
            r => (r.OfficeCode, EnumCodes.Parse<Direction>(r.Direction)),
            r => (r.Settings is null ? null : StoredJson.Read<SelectivitySettings>(r.Settings),
                new SelectionCounters(r.Total, r.Yellow, r.Red, r.Blue, StoredJson.Read<Dictionary<Guid, int>>(r.Unselected))));
    }

    public async Task InsertExemptionAsync(Exemption e, string by, DateTimeOffset at, CancellationToken ct)
    {
        const string sql = """
            insert into exemptions (exemption_id, taxpayer_number, ground, forms, act_reference, valid_from, valid_until, granted_by, granted_at)
            values (@Id, @TaxpayerNumber, @Ground, @Forms, @ActReference, @ValidFrom, @ValidUntil, @By, @At)
            """;
        await using var c = await db.OpenConnectionAsync(ct);
        await c.ExecuteAsync(new CommandDefinition(sql, new
        {
            e.Id, e.TaxpayerNumber, Ground = EnumCodes.Of(e.Ground), Forms = e.Forms.Select(EnumCodes.Of).ToArray(), e.ActReference,
            e.ValidFrom, e.ValidUntil, By = by, At = at,
        }, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<Exemption>> ExemptionsOfAsync(NpgsqlConnection c, NpgsqlTransaction tx, IReadOnlyList<string> taxpayerNumbers, CancellationToken ct)
    {
        if (taxpayerNumbers.Count == 0)
        {
            return [];
        }

        const string sql = """
            select exemption_id, taxpayer_number, ground, forms, act_reference, valid_from, valid_until
            from exemptions where taxpayer_number = any(@Numbers)
            """;
        var rows = await c.QueryAsync<ExemptionRow>(new CommandDefinition(sql, new { Numbers = taxpayerNumbers.ToArray() }, tx, cancellationToken: ct));
        return [.. rows.Select(r => new Exemption(r.ExemptionId, r.TaxpayerNumber, EnumCodes.Parse<ExemptionGround>(r.Ground),
            [.. r.Forms.Select(EnumCodes.Parse<ControlForm>)], r.ActReference, r.ValidFrom, r.ValidUntil))];
    }

    private sealed class SettingsRow
    {
        public string Content { get; init; } = "";
        public DateTimeOffset UpdatedAt { get; init; }
        public string UpdatedBy { get; init; } = "";
    }

    private sealed class CountersRow
    {
        public string OfficeCode { get; init; } = "";
        public string Direction { get; init; } = "";
        public string? Settings { get; init; }
        public int Total { get; init; }
        public int Yellow { get; init; }
        public int Red { get; init; }
        public int Blue { get; init; }
        public string Unselected { get; init; } = "{}";
    }

    private sealed class ExemptionRow
    {
        public Guid ExemptionId { get; init; }
        public string TaxpayerNumber { get; init; } = "";
        public string Ground { get; init; } = "";
        public string[] Forms { get; init; } = [];
        public string ActReference { get; init; } = "";
        public DateOnly ValidFrom { get; init; }
        public DateOnly? ValidUntil { get; init; }
    }
}
