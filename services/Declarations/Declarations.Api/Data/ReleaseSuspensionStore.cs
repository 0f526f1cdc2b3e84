using Dapper;
using Npgsql;

namespace Customs.Declarations.Api.Data;

/// <summary>
/// The IP register's suspensions of a declaration. Its events may arrive in any order, so each is recorded, and the
/// declaration is suspended while at least one suspension is neither lifted nor ended by seizure.
/// </summary>
public sealed class ReleaseSuspensionStore
{
    public async Task RecordSuspendedAsync(
        NpgsqlConnection c, NpgsqlTransaction tx, Guid suspensionId, Guid declarationId, DateOnly on, DateOnly until, CancellationToken ct)
    {
        await UpsertAsync(c, tx, suspensionId, declarationId, "suspended_on", on, ct);
        await RecordExtendedAsync(c, tx, suspensionId, declarationId, until, ct);
    }

    /// <summary>The last day of the suspension: an extension only moves it later, whichever event arrives first.</summary>
    public async Task RecordExtendedAsync(NpgsqlConnection c, NpgsqlTransaction tx, Guid suspensionId, Guid declarationId, DateOnly until, CancellationToken ct)
    {
        const string sql = """
            insert into release_suspensions (suspension_id, declaration_id, suspended_until) values (@SuspensionId, @DeclarationId, @Until)
            on conflict (suspension_id) do update set suspended_until = greatest(release_suspensions.suspended_until, excluded.suspended_until)
            """;
        await c.ExecuteAsync(new CommandDefinition(sql,
            new { SuspensionId = suspensionId, DeclarationId = declarationId, Until = until.ToDateTime(TimeOnly.MinValue) }, tx, cancellationToken: ct));
    }

    public Task RecordLiftedAsync(NpgsqlConnection c, NpgsqlTransaction tx, Guid suspensionId, Guid declarationId, DateOnly on, CancellationToken ct) =>
        UpsertAsync(c, tx, suspensionId, declarationId, "lifted_on", on, ct);

    public Task RecordSeizedAsync(NpgsqlConnection c, NpgsqlTransaction tx, Guid suspensionId, Guid declarationId, DateOnly on, CancellationToken ct) =>
        UpsertAsync(c, tx, suspensionId, declarationId, "seized_on", on, ct);

    public async Task<bool> AnyActiveAsync(NpgsqlConnection c, NpgsqlTransaction tx, Guid declarationId, CancellationToken ct)
    {
        const string sql = """
            select exists (select 1 from release_suspensions
                            where declaration_id = @DeclarationId and suspended_on is not null
                              and lifted_on is null and seized_on is null)
            """;
        return await c.ExecuteScalarAsync<bool>(new CommandDefinition(sql, new { DeclarationId = declarationId }, tx, cancellationToken: ct));
    }

    private static async Task UpsertAsync(
        NpgsqlConnection c, NpgsqlTransaction tx, Guid suspensionId, Guid declarationId, string column, DateOnly on, CancellationToken ct)
    {
        // The column name is one of three constants above, never input.
        var sql = $"""
            insert into release_suspensions (suspension_id, declaration_id, {column}) values (@SuspensionId, @DeclarationId, @On)
            on conflict (suspension_id) do update set {column} = coalesce(release_suspensions.{column}, excluded.{column})
            """;
        await c.ExecuteAsync(new CommandDefinition(sql,
            new { SuspensionId = suspensionId, DeclarationId = declarationId, On = on.ToDateTime(TimeOnly.MinValue) }, tx, cancellationToken: ct));
    }
}
