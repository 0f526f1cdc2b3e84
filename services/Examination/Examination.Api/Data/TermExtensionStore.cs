using Customs.BuildingBlocks.Data;
using Customs.Examination.Api.Domain.Examinations;
using Dapper;
using Npgsql;

namespace Customs.Examination.Api.Data;

/// <summary>The Art. 359(2) extensions of each declaration's term, whichever service decided them, each once (by its id).</summary>
public sealed class TermExtensionStore
{
    /// <summary>Records the extension; false when its id is recorded already (nothing changed).</summary>
    public async Task<bool> TryInsertAsync(
        NpgsqlConnection c, NpgsqlTransaction tx, Guid declarationId, Guid? examinationId, TermExtension e, DateTimeOffset at, CancellationToken ct)
    {
        const string sql = """
            insert into term_extensions (extension_id, declaration_id, decided_in, examination_id, content, recorded_at)
            values (@Id, @DeclarationId, @DecidedIn, @ExaminationId, @Content::jsonb, @At)
            on conflict (extension_id) do nothing
            """;
        return await c.ExecuteAsync(new CommandDefinition(sql, new
        {
            e.Id, DeclarationId = declarationId, DecidedIn = EnumCodes.Of(e.DecidedIn), ExaminationId = examinationId, Content = StoredJson.Write(e), At = at,
        }, tx, cancellationToken: ct)) == 1;
    }

    public async Task<IReadOnlyList<TermExtension>> OfDeclarationAsync(NpgsqlConnection c, NpgsqlTransaction tx, Guid declarationId, CancellationToken ct)
    {
        const string sql = "select content::text from term_extensions where declaration_id = @Id order by recorded_at, extension_id";
        var rows = await c.QueryAsync<string>(new CommandDefinition(sql, new { Id = declarationId }, tx, cancellationToken: ct));
        return [.. rows.Select(StoredJson.Read<TermExtension>)];
    }

    /// <summary>The open examination of a declaration, locked for the transaction; null when none is open.</summary>
    public async Task<Guid?> LockOpenExaminationAsync(NpgsqlConnection c, NpgsqlTransaction tx, Guid declarationId, CancellationToken ct)
    {
        const string sql = "select examination_id from examinations where declaration_id = @Id and status = 'open' for update";
        return await c.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(sql, new { Id = declarationId }, tx, cancellationToken: ct));
    }
}
