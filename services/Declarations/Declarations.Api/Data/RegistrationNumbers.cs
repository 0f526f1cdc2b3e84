using Customs.BuildingBlocks.Data;
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
/// database went away, its caller gave up) leaves that number unused: numbers are never reused, but may have gaps.
/// <para>
/// One office's registrations take their numbers together: while the counter's round trip for an office and day is under
/// way, the registrations that ask for a number wait, and the next round trip moves the counter by as many numbers as they
/// are and hands them out in the order they asked. Alone, a registration takes its number at once, as before; under load,
/// one round trip serves many registrations where each used to wait for the row in turn.
/// </para>
/// </remarks>
public sealed class RegistrationNumbers(NpgsqlDataSource dataSource, ILogger<RegistrationNumbers> logger)
{
    private readonly Lock _gate = new();

    /// <summary>The registrations waiting for a number, per office and day whose counter is being moved.</summary>
    private readonly Dictionary<(string Office, DateOnly Date), List<TaskCompletionSource<int>>> _waiting = [];

    public async Task<string> NextAsync(string customsOfficeCode, DateOnly acceptanceDate, CancellationToken ct)
    {
        var key = (customsOfficeCode, acceptanceDate);
        var waiter = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        bool first;
        lock (_gate)
        {
            first = !_waiting.TryGetValue(key, out var waiting);
            if (first)
            {
                _waiting.Add(key, waiting = []);
            }

            waiting!.Add(waiter);
        }

        if (first)
        {
            _ = Task.Run(() => RunAsync(key), CancellationToken.None);
        }

        var number = await waiter.Task.WaitAsync(ct);
        return $"{customsOfficeCode}/{acceptanceDate:ddMMyy}/{number:D7}";
    }

    /// <summary>Takes numbers for whoever is waiting, round trip after round trip, until nobody is; then the counter is forgotten.</summary>
    private async Task RunAsync((string Office, DateOnly Date) key)
    {
        while (true)
        {
            List<TaskCompletionSource<int>> taking;
            lock (_gate)
            {
                taking = _waiting[key];
                if (taking.Count == 0)
                {
                    _waiting.Remove(key);
                    return;
                }

                _waiting[key] = [];
            }

            try
            {
                // Nobody's cancellation stops the round trip: it serves every registration waiting.
                var last = await TakeAsync(key.Office, key.Date, taking.Count);
                for (var i = 0; i < taking.Count; i++)
                {
                    taking[i].TrySetResult(last - taking.Count + 1 + i);
                }
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Registration numbers of office {Office} for {Date} could not be taken for {Count} registrations",
                    key.Office, key.Date, taking.Count);
                foreach (var waiter in taking)
                {
                    waiter.TrySetException(ex);
                }
            }
        }
    }

    /// <summary>Moves the counter of the office's day by <paramref name="count"/> and returns the last number taken.</summary>
    private async Task<int> TakeAsync(string customsOfficeCode, DateOnly acceptanceDate, int count)
    {
        const string sql = """
            insert into registration_counters (customs_office_code, acceptance_date, last_number)
            values ($1, $2, $3)
            on conflict (customs_office_code, acceptance_date) do update set last_number = registration_counters.last_number + $3
            returning last_number
            """;
        // One batch, no explicit transaction: the server runs its two statements as one implicit transaction and commits
        // it at the batch's end, so the row's lock is never held across a round trip to this (possibly busy) service.
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var batch = BatchCommand.Batch(connection, null,
            [BatchCommand.Of("select set_config('synchronous_commit', 'off', true)"), BatchCommand.Of(sql, customsOfficeCode, acceptanceDate, count)]);
        await using var reader = await batch.ExecuteReaderAsync();
        await reader.NextResultAsync();
        await reader.ReadAsync();
        return reader.GetInt32(0);
    }
}
