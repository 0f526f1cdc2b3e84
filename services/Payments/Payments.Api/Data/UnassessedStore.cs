using System.Text.Json;
using Customs.Declarations.Contracts;
using Dapper;
using Npgsql;

namespace Customs.Payments.Api.Data;

/// <summary>Registered declarations Payments could not assess, with the reason (migration 0005).</summary>
public sealed class UnassessedStore(ReleaseStandingStore standings)
{
    public async Task RecordAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, DeclarationRegistered message, string reason, string text, DateTimeOffset now,
        CancellationToken ct)
    {
        const string sql = """
            insert into unassessed_declarations (declaration_id, reason, message, event, recorded_at)
            values (@DeclarationId, @Reason, @Text, cast(@Event as jsonb), @Now)
            on conflict (declaration_id) do update set reason = excluded.reason, message = excluded.message, recorded_at = excluded.recorded_at
            """;
        await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            DeclarationId = message.DeclarationId.ToString(), Reason = reason, Text = text, Event = JsonSerializer.Serialize(message), Now = now,
        }, transaction, cancellationToken: ct));
        await standings.RefreshAsync(connection, transaction, message.DeclarationId.ToString(), ct);
    }

    public async Task<bool> ContainsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string declarationId, CancellationToken ct)
    {
        const string sql = "select exists (select 1 from unassessed_declarations where declaration_id = @DeclarationId)";
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(sql, new { DeclarationId = declarationId }, transaction, cancellationToken: ct));
    }
}
