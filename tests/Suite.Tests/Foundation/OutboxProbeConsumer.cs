using Customs.BuildingBlocks.Data;
using Customs.BuildingBlocks.Messaging.Inbox;
using Dapper;
using MassTransit;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Customs.Suite.Tests.Foundation;

/// <summary>
/// Records each committed handling of a probe, with its transaction, in the inbox transaction. A probe noted
/// <see cref="OutboxProbe.Gate"/> first waits for the advisory lock a test may hold (so the probes after it queue up); one
/// noted <see cref="OutboxProbe.Poison"/> fails every time.
/// </summary>
public sealed class OutboxProbeConsumer(NpgsqlDataSource dataSource, TimeProvider clock, ILogger<OutboxProbeConsumer> logger)
    : IdempotentConsumer<OutboxProbe>(dataSource, clock, logger)
{
    protected override async Task HandleAsync(
        ConsumeContext<OutboxProbe> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        switch (context.Message.Note)
        {
            case OutboxProbe.Gate:
                await BatchCommand.ExecuteAsync(connection, transaction, [BatchCommand.Of("select pg_advisory_xact_lock($1)", OutboxProbe.GateLock)], cancellationToken);
                break;
            case OutboxProbe.Poison:
                throw new InvalidOperationException($"Probe {context.Message.ProbeId} is poison: its handler always fails.");
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "insert into outbox_probe_handled (probe_id, handled_at, transaction_id) values (@ProbeId, @HandledAt, txid_current())",
            new { context.Message.ProbeId, HandledAt = Clock.GetUtcNow() },
            transaction,
            cancellationToken: cancellationToken));
    }
}
