using Dapper;
using Npgsql;

namespace Customs.Payments.Api.Data;

/// <summary>Assessments, one row per version; the latest is the one in force.</summary>
public sealed class AssessmentStore(NpgsqlDataSource db)
{
    private const string Columns = """
        declaration_id, version, kind, acceptance_date, recipient_id, items::text as items, document::text as document,
        total_rub, reason, assessed_at, assessed_by
        """;

    public async Task<AssessmentRow?> LatestAsync(string declarationId, CancellationToken ct)
    {
        const string sql = $"select {Columns} from assessments where declaration_id = @DeclarationId order by version desc limit 1";
        await using var connection = await db.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<AssessmentRow>(new CommandDefinition(sql, new { DeclarationId = declarationId }, cancellationToken: ct));
    }

    /// <summary>The latest version, locked until the transaction ends (a reassessment reads it, then adds the next).</summary>
    public Task<AssessmentRow?> LatestForUpdateAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string declarationId, CancellationToken ct)
    {
        const string sql = $"select {Columns} from assessments where declaration_id = @DeclarationId order by version desc limit 1 for update";
        return connection.QuerySingleOrDefaultAsync<AssessmentRow>(new CommandDefinition(sql, new { DeclarationId = declarationId }, transaction, cancellationToken: ct));
    }

    /// <summary>The day the declaration was accepted (the same in every version), or null when it has no assessment.</summary>
    public async Task<DateOnly?> AcceptanceDateAsync(string declarationId, CancellationToken ct)
    {
        const string sql = "select acceptance_date from assessments where declaration_id = @DeclarationId and version = 1";
        await using var connection = await db.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<DateOnly?>(new CommandDefinition(sql, new { DeclarationId = declarationId }, cancellationToken: ct));
    }

    /// <summary>Adds a version; false when that version exists already (someone else assessed first).</summary>
    public async Task<bool> TryInsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, AssessmentRow row, CancellationToken ct)
    {
        const string sql = """
            insert into assessments (declaration_id, version, kind, acceptance_date, recipient_id, items, document, total_rub, reason, assessed_at, assessed_by)
            values (@DeclarationId, @Version, @Kind, @AcceptanceDate, @RecipientId, cast(@Items as jsonb), cast(@Document as jsonb), @TotalRub, @Reason, @AssessedAt, @AssessedBy)
            on conflict (declaration_id, version) do nothing
            """;
        return await connection.ExecuteAsync(new CommandDefinition(sql, row, transaction, cancellationToken: ct)) == 1;
    }
}
