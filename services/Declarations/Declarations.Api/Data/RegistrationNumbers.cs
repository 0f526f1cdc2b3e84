using Npgsql;

namespace Customs.Declarations.Api.Data;

/// <summary>
/// Registration numbers office/ddMMyy/NNNNNNN, numbered per office and acceptance date, each number given once.
/// </summary>
/// <remarks>
/// The counter of an office's day is one row that every registration of that office and day updates. Taken inside the
/// registration's transaction, its lock was held until that transaction committed, so the office's registrations ran
/// one at a time (under load most of them waited on this row). It is now taken in a transaction of its own, one batch
/// the server commits at once without waiting for the disk (<c>synchronous_commit = off</c>): the row is locked only
/// while the server runs it. That is safe because PostgreSQL writes its log in order: the registration that uses the number commits
/// later and waits for the disk, which makes the counter's commit durable too; after a crash the counter can only lose
/// numbers no committed registration used. A registration that fails after taking its number (its version moved, the
/// database went away) leaves that number unused: numbers are never reused, but may have gaps.
/// </remarks>
public sealed class RegistrationNumbers(NpgsqlDataSource dataSource)
{
    public async Task<string> NextAsync(string customsOfficeCode, DateOnly acceptanceDate, CancellationToken ct)
    {
        const string sql = """
            insert into registration_counters (customs_office_code, acceptance_date, last_number)
            values ($1, $2, 1)
            on conflict (customs_office_code, acceptance_date) do update set last_number = registration_counters.last_number + 1
            returning last_number
            """;
        // One batch, no explicit transaction: the server runs its two statements as one implicit transaction and commits
        // it at the batch's end, so the row's lock is never held across a round trip to this (possibly busy) service.
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("select set_config('synchronous_commit', 'off', true)"),
                new NpgsqlBatchCommand(sql) { Parameters = { new() { Value = customsOfficeCode }, new() { Value = acceptanceDate } } },
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(ct);
        await reader.NextResultAsync(ct);
        await reader.ReadAsync(ct);
        var number = reader.GetInt32(0);
        return $"{customsOfficeCode}/{acceptanceDate:ddMMyy}/{number:D7}";
    }
}
