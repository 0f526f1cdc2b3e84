using Customs.BuildingBlocks.Data;
using Customs.Examination.Api.Domain.Experts;
using Dapper;
using Npgsql;

namespace Customs.Examination.Api.Data;

/// <summary>A declaration's samples outside analyses; an action locks them all (the declaration's numbering and disposals are one sequence).</summary>
public sealed class ControlSampleStore(NpgsqlDataSource db)
{
    /// <summary>The declaration's samples, the control case's row locked for the transaction so one action at a time numbers or changes them.</summary>
    public async Task<IReadOnlyList<ControlSample>> LockAsync(NpgsqlConnection c, NpgsqlTransaction tx, Guid declarationId, CancellationToken ct)
    {
        await c.ExecuteAsync(new CommandDefinition("select 1 from control_cases where declaration_id = @Id for update", new { Id = declarationId }, tx,
            cancellationToken: ct));
        return await ReadAsync(c, tx, declarationId, ct);
    }

    public async Task<IReadOnlyList<ControlSample>> OfDeclarationAsync(Guid declarationId, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await ReadAsync(c, null, declarationId, ct);
    }

    public async Task InsertAsync(NpgsqlConnection c, NpgsqlTransaction tx, ControlSample s, DateTimeOffset at, CancellationToken ct)
    {
        const string sql = """
            insert into control_samples (sample_id, declaration_id, number, document, taken_at)
            values (@Id, @DeclarationId, @Number, @Document::jsonb, @At)
            """;
        await c.ExecuteAsync(new CommandDefinition(sql, new { s.Id, s.DeclarationId, s.Sample.Number, Document = StoredJson.Write(s), At = at }, tx,
            cancellationToken: ct));
    }

    public async Task UpdateAsync(NpgsqlConnection c, NpgsqlTransaction tx, ControlSample s, CancellationToken ct)
    {
        const string sql = "update control_samples set document = @Document::jsonb where sample_id = @Id";
        await c.ExecuteAsync(new CommandDefinition(sql, new { s.Id, Document = StoredJson.Write(s) }, tx, cancellationToken: ct));
    }

    private static async Task<IReadOnlyList<ControlSample>> ReadAsync(NpgsqlConnection c, NpgsqlTransaction? tx, Guid declarationId, CancellationToken ct)
    {
        const string sql = "select document::text from control_samples where declaration_id = @Id order by number";
        var rows = await c.QueryAsync<string>(new CommandDefinition(sql, new { Id = declarationId }, tx, cancellationToken: ct));
        return [.. rows.Select(StoredJson.Read<ControlSample>)];
    }
}
