using Dapper;
using Npgsql;

namespace Customs.Declarations.Api.Data;

/// <summary>
/// Idempotent filing: the first filing with a (declarant, request id) claims it; a retry, even a concurrent one,
/// waits on that row and then finds the first filing's declaration.
/// </summary>
public sealed class FilingRequestStore
{
    /// <returns>Null when this filing claimed the request id; otherwise the earlier filing.</returns>
    public async Task<(Guid DeclarationId, byte[] RequestHash)?> ClaimAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string declarantId, string requestId, byte[] requestHash,
        Guid declarationId, DateTimeOffset now, CancellationToken ct)
    {
        const string claim = """
            insert into filing_requests (declarant_id, request_id, request_hash, declaration_id, created_at)
            values (@DeclarantId, @RequestId, @RequestHash, @DeclarationId, @Now)
            on conflict do nothing
            """;
        var args = new { DeclarantId = declarantId, RequestId = requestId, RequestHash = requestHash, DeclarationId = declarationId, Now = now };
        if (await connection.ExecuteAsync(new CommandDefinition(claim, args, transaction, cancellationToken: ct)) == 1)
        {
            return null;
        }

        const string earlier = """
            select declaration_id, request_hash from filing_requests where declarant_id = @DeclarantId and request_id = @RequestId
            """;
        var row = await connection.QuerySingleAsync<(Guid DeclarationId, byte[] RequestHash)>(
            new CommandDefinition(earlier, args, transaction, cancellationToken: ct));
        return row;
    }
}
