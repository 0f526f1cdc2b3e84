using Customs.BuildingBlocks.Messaging.Inbox;
using Dapper;
using MassTransit;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Customs.Suite.Tests.Foundation;

/// <summary>Records each committed handling of a probe, in the inbox transaction.</summary>
public sealed class OutboxProbeConsumer(NpgsqlDataSource dataSource, TimeProvider clock, ILogger<OutboxProbeConsumer> logger)
    : IdempotentConsumer<OutboxProbe>(dataSource, clock, logger)
{
    protected override Task HandleAsync(
        ConsumeContext<OutboxProbe> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "insert into outbox_probe_handled (probe_id, handled_at) values (@ProbeId, @HandledAt)",
            new { context.Message.ProbeId, HandledAt = Clock.GetUtcNow() },
            transaction,
            cancellationToken: cancellationToken));
}
