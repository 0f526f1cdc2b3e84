using Customs.Examination.Api.Domain.Risk;
using Dapper;
using Npgsql;

namespace Customs.Examination.Api.Data;

/// <summary>Risk profiles: every version kept (decisions name the one they applied), the head row says which is in force.</summary>
public sealed class RiskProfileStore(NpgsqlDataSource db)
{
    public async Task InsertVersionAsync(NpgsqlConnection c, NpgsqlTransaction tx, RiskProfile p, string by, DateTimeOffset at, CancellationToken ct)
    {
        const string sql = """
            insert into risk_profiles (profile_id, version, name, content, updated_at, updated_by)
            values (@Id, @Version, @Name, @Content::jsonb, @At, @By);
            insert into risk_profile_heads (profile_id, version, name, effective_from, effective_until)
            values (@Id, @Version, @Name, @EffectiveFrom, @EffectiveUntil)
            on conflict (profile_id) do update set version = excluded.version, name = excluded.name,
                effective_from = excluded.effective_from, effective_until = excluded.effective_until;
            """;
        await c.ExecuteAsync(new CommandDefinition(sql, new
        {
            p.Id, p.Version, p.Name, Content = StoredJson.Write(p), At = at, By = by, p.EffectiveFrom, p.EffectiveUntil,
        }, tx, cancellationToken: ct));
    }

    public async Task<StoredProfile?> GetAsync(Guid id, CancellationToken ct, NpgsqlConnection? c = null, NpgsqlTransaction? tx = null, bool forUpdate = false)
    {
        var sql = $"""
            select p.content::text as content, p.updated_at, p.updated_by
            from risk_profile_heads h join risk_profiles p on p.profile_id = h.profile_id and p.version = h.version
            where h.profile_id = @Id {(forUpdate ? "for update of h" : "")}
            """;
        if (c is null)
        {
            await using var connection = await db.OpenConnectionAsync(ct);
            return ToStored(await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(sql, new { Id = id }, cancellationToken: ct)));
        }

        return ToStored(await c.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(sql, new { Id = id }, tx, cancellationToken: ct)));
    }

    /// <summary>The versions in force on a day: what selection evaluates (one query, the heads' index).</summary>
    public async Task<IReadOnlyList<RiskProfile>> InForceAsync(NpgsqlConnection c, NpgsqlTransaction tx, DateOnly day, CancellationToken ct)
    {
        const string sql = """
            select p.content::text
            from risk_profile_heads h join risk_profiles p on p.profile_id = h.profile_id and p.version = h.version
            where h.effective_from <= @Day and (h.effective_until is null or h.effective_until >= @Day)
            """;
        var rows = await c.QueryAsync<string>(new CommandDefinition(sql, new { Day = day }, tx, cancellationToken: ct));
        return [.. rows.Select(StoredJson.Read<RiskProfile>)];
    }

    public async Task<IReadOnlyList<StoredProfile>> ListAsync(DateOnly? effectiveOn, NameCursor? after, int limit, CancellationToken ct)
    {
        const string sql = """
            select p.content::text as content, p.updated_at, p.updated_by
            from risk_profile_heads h join risk_profiles p on p.profile_id = h.profile_id and p.version = h.version
            where (@Day::date is null or (h.effective_from <= @Day and (h.effective_until is null or h.effective_until >= @Day)))
              and (@AfterName::text is null or (h.name, h.profile_id) > (@AfterName, @AfterId))
            order by h.name, h.profile_id
            limit @Limit
            """;
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(sql, new
        {
            Day = effectiveOn, AfterName = after?.Name, AfterId = after?.Id ?? Guid.Empty, Limit = limit,
        }, cancellationToken: ct));
        return [.. rows.Select(r => ToStored(r)!)];
    }

    private static StoredProfile? ToStored(Row? row) => row is null ? null : new(StoredJson.Read<RiskProfile>(row.Content), row.UpdatedAt, row.UpdatedBy);

    private sealed class Row
    {
        public string Content { get; init; } = "";
        public DateTimeOffset UpdatedAt { get; init; }
        public string UpdatedBy { get; init; } = "";
    }
}
