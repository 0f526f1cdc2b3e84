using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.IpRegister.Contracts;
using Npgsql;

namespace Customs.IpRegister.Api.Screening;

/// <summary>
/// The one use case that screens a declaration's goods and acts on what it finds (Arts. 397(1), 400): every item against
/// the register, then the log, exemptions, holds or suspensions and their events, and ScreeningCompleted, all in one
/// transaction. The ScreenDeclaration RPC runs it in a transaction of its own; the DeclarationRegistered consumer in the
/// inbox transaction of the message, so a redelivered event screens nothing twice.
/// </summary>
public sealed class DeclarationScreening(NpgsqlDataSource dataSource, Screener screener, ScreeningRecorder recorder, IOutbox outbox, TimeProvider clock)
{
    public async Task<IReadOnlyList<ScreenedItemResult>> ScreenAsync(DeclarationFacts facts, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var results = await ScreenAsync(connection, transaction, facts, null, ct);
        await transaction.CommitAsync(ct);
        return results;
    }

    public async Task<IReadOnlyList<ScreenedItemResult>> ScreenAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, DeclarationFacts facts, Guid? correlationId, CancellationToken ct)
    {
        var declarationId = facts.DeclarationId ?? throw new ArgumentException("Screening a declaration needs its id.", nameof(facts));
        var verdicts = await screener.ScreenAsync(facts, ct);
        var now = clock.GetUtcNow();
        var suspended = await recorder.RecordAsync(connection, transaction, facts, verdicts, now, correlationId, ct);
        var results = verdicts.Select(v => new ScreenedItemResult(v, suspended.TryGetValue(v.ItemNumber, out var s) ? s : null)).ToList();
        await outbox.EnqueueAsync(connection, transaction, new ScreeningCompleted
        {
            DeclarationId = declarationId,
            ScreenedAt = now,
            Items = [.. results.Select(r => new ItemScreening
            {
                ItemNumber = r.Verdict.ItemNumber,
                Outcome = r.Verdict.Outcome,
                RegisterEntryId = r.Verdict.RegisterEntryId,
                SuspensionId = r.Suspension?.Id,
                PendingDecision = r.Suspension?.PendingDecision,
            })],
        }, null, correlationId, ct);
        return results;
    }
}
