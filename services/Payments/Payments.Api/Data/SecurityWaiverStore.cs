using Customs.Payments.Api.Domain.Securities;
using Dapper;
using Npgsql;

namespace Customs.Payments.Api.Data;

/// <summary>The officers' waivers of security (Art. 337(2), migration 0035).</summary>
public sealed class SecurityWaiverStore(NpgsqlDataSource db, ReleaseStandingStore standings)
{
    private const string Columns = "id, waiver_reference, declaration_id, operation_reference, office_code, reason, decided_on, decided_by";

    /// <summary>Books the waiver unless its reference is booked (false then); the declaration's release standing follows it.</summary>
    public async Task<bool> TryInsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, SecurityWaiver w, DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            insert into security_waivers (id, waiver_reference, declaration_id, operation_reference, office_code, reason, decided_on, decided_by, decided_at)
            values (@Id, @Reference, @DeclarationId, @OperationReference, @OfficeCode, @Reason, @DecidedOn, @DecidedBy, @Now)
            on conflict (waiver_reference) do nothing
            """;
        var inserted = await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            w.Id, w.Reference, w.DeclarationId, w.OperationReference, w.OfficeCode, w.Reason, w.DecidedOn, w.DecidedBy, Now = now,
        }, transaction, cancellationToken: ct)) == 1;
        if (inserted)
        {
            await standings.RefreshAsync(connection, transaction, w.DeclarationId, ct);
        }

        return inserted;
    }

    public async Task<SecurityWaiver?> ByReferenceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string reference, CancellationToken ct) =>
        (await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"select {Columns} from security_waivers where waiver_reference = @Reference", new { Reference = reference }, transaction, cancellationToken: ct)))?.ToWaiver();

    /// <summary>
    /// The earliest waiver decided on or before <paramref name="on"/> for the whole declaration, or, with
    /// <paramref name="operationReference"/>, for that operation too.
    /// </summary>
    public async Task<SecurityWaiver?> InForceAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string declarationId, string? operationReference, DateOnly on, CancellationToken ct) =>
        (await connection.QueryFirstOrDefaultAsync<Row>(new CommandDefinition($"""
            select {Columns} from security_waivers
            where declaration_id = @DeclarationId and operation_reference in ('', @Operation) and decided_on <= @On
            order by decided_on, decided_at limit 1
            """, new { DeclarationId = declarationId, Operation = operationReference ?? "", On = on }, transaction, cancellationToken: ct)))?.ToWaiver();

    public async Task<IReadOnlyList<SecurityWaiver>> ListAsync(string declarationId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"select {Columns} from security_waivers where declaration_id = @Id order by decided_on, decided_at, waiver_reference",
            new { Id = declarationId }, cancellationToken: ct));
        return [.. rows.Select(r => r.ToWaiver())];
    }

    private sealed record Row
    {
        public Guid Id { get; init; }
        public string WaiverReference { get; init; } = "";
        public string DeclarationId { get; init; } = "";
        public string OperationReference { get; init; } = "";
        public string OfficeCode { get; init; } = "";
        public string Reason { get; init; } = "";
        public DateOnly DecidedOn { get; init; }
        public string DecidedBy { get; init; } = "";

        public SecurityWaiver ToWaiver() => new(Id, WaiverReference, DeclarationId, OperationReference, OfficeCode, Reason, DecidedOn, DecidedBy);
    }
}
