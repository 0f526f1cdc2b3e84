using Customs.BuildingBlocks.Data;
using Dapper;
using Npgsql;

namespace Customs.Declarations.Api.Data;

/// <summary>
/// Idempotent filing: the first filing with a (declarant, request id) claims it; a retry, even a concurrent one,
/// waits on that row and then finds the first filing's declaration.
/// </summary>
public sealed class FilingRequestStore
{
    /// <summary>
    /// The claim of (declarant, request id) for a new declaration, for the filing's batch: it inserts one row when this filing
    /// is the first, and fails (<see cref="IsClaimedBefore"/>), failing its batch, when an earlier one (committed, or
    /// committing meanwhile: the insert waits for it) has the id.
    /// </summary>
    public static NpgsqlBatchCommand ClaimCommand(string declarantId, string requestId, byte[] requestHash, Guid declarationId, DateTimeOffset now)
    {
        const string claim = """
            insert into filing_requests (declarant_id, request_id, request_hash, declaration_id, created_at)
            values ($1, $2, $3, $4, $5)
            """;
        return BatchCommand.Of(claim, declarantId, requestId, requestHash, declarationId, now);
    }

    /// <summary>Whether the claim failed because an earlier filing has the request id.</summary>
    public static bool IsClaimedBefore(PostgresException ex) =>
        ex is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "filing_requests_pkey" };

    /// <summary>The declaration an earlier filing with this request id made, and the hash of its request.</summary>
    public async Task<(Guid DeclarationId, byte[] RequestHash)> EarlierAsync(NpgsqlConnection connection, string declarantId, string requestId, CancellationToken ct)
    {
        const string earlier = """
            select declaration_id, request_hash from filing_requests where declarant_id = @DeclarantId and request_id = @RequestId
            """;
        return await connection.QuerySingleAsync<(Guid DeclarationId, byte[] RequestHash)>(
            new CommandDefinition(earlier, new { DeclarantId = declarantId, RequestId = requestId }, cancellationToken: ct));
    }
}
