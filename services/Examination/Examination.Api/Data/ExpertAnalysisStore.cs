using Customs.BuildingBlocks.Data;
using Customs.Examination.Api.Domain.Experts;
using Dapper;
using Npgsql;

namespace Customs.Examination.Api.Data;

/// <summary>Expert analyses, each one document; read for update within an action's transaction.</summary>
public sealed class ExpertAnalysisStore(NpgsqlDataSource db)
{
    public async Task InsertAsync(NpgsqlConnection c, NpgsqlTransaction tx, ExpertAnalysis a, DateTimeOffset at, CancellationToken ct)
    {
        const string sql = """
            insert into expert_analyses (analysis_id, declaration_id, status, document, ordered_at)
            values (@Id, @DeclarationId, @Status, @Document::jsonb, @At)
            """;
        await c.ExecuteAsync(new CommandDefinition(sql, new { a.Id, a.DeclarationId, Status = EnumCodes.Of(a.Status), Document = StoredJson.Write(a), At = at },
            tx, cancellationToken: ct));
    }

    public async Task<ExpertAnalysis?> GetAsync(NpgsqlConnection c, NpgsqlTransaction? tx, Guid id, bool forUpdate, CancellationToken ct)
    {
        var sql = $"select document::text from expert_analyses where analysis_id = @Id {(forUpdate ? "for update" : "")}";
        var json = await c.QuerySingleOrDefaultAsync<string>(new CommandDefinition(sql, new { Id = id }, tx, cancellationToken: ct));
        return json is null ? null : StoredJson.Read<ExpertAnalysis>(json);
    }

    public async Task<ExpertAnalysis?> GetAsync(Guid id, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await GetAsync(c, null, id, false, ct);
    }

    /// <summary>The declaration's analyses under way (ordered, not concluded), locked for the transaction.</summary>
    public async Task<IReadOnlyList<ExpertAnalysis>> UnderWayForUpdateAsync(NpgsqlConnection c, NpgsqlTransaction tx, Guid declarationId, CancellationToken ct)
    {
        const string sql = "select document::text from expert_analyses where declaration_id = @Id and status = 'ordered' order by analysis_id for update";
        var rows = await c.QueryAsync<string>(new CommandDefinition(sql, new { Id = declarationId }, tx, cancellationToken: ct));
        return [.. rows.Select(StoredJson.Read<ExpertAnalysis>)];
    }

    public async Task UpdateAsync(NpgsqlConnection c, NpgsqlTransaction tx, ExpertAnalysis a, CancellationToken ct)
    {
        const string sql = "update expert_analyses set status = @Status, document = @Document::jsonb, version = version + 1 where analysis_id = @Id";
        await c.ExecuteAsync(new CommandDefinition(sql, new { a.Id, Status = EnumCodes.Of(a.Status), Document = StoredJson.Write(a) }, tx, cancellationToken: ct));
    }
}
