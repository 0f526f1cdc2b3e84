using Customs.BuildingBlocks.Messaging.Inbox;
using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.Declarations.Contracts;
using Customs.IpRegister.Api.Screening;
using Customs.IpRegister.Contracts;
using MassTransit;
using Npgsql;

namespace Customs.IpRegister.Api.Messaging;

/// <summary>
/// Screens every goods item of every registered declaration against the register: personal use → exempt and logged
/// (Art. 400), authorised importer → pass, match → release held pending the head's decision (Art. 397(1)); then
/// ScreeningCompleted.
/// </summary>
public sealed class DeclarationRegisteredConsumer(
    NpgsqlDataSource dataSource, TimeProvider clock, Screener screener, ScreeningRecorder recorder, IOutbox outbox,
    ILogger<DeclarationRegisteredConsumer> logger)
    : IdempotentConsumer<DeclarationRegistered>(dataSource, clock, logger)
{
    protected override async Task HandleAsync(
        ConsumeContext<DeclarationRegistered> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var facts = DeclarationFactsMapper.From(context.Message);
        var verdicts = await screener.ScreenAsync(facts, cancellationToken);
        var now = Clock.GetUtcNow();
        var suspended = await recorder.RecordAsync(connection, transaction, facts, verdicts, now, context.CorrelationId, cancellationToken);
        await outbox.EnqueueAsync(connection, transaction, new ScreeningCompleted
        {
            DeclarationId = context.Message.DeclarationId,
            ScreenedAt = now,
            Items = [.. verdicts.Select(v => new ItemScreening
            {
                ItemNumber = v.ItemNumber,
                Outcome = v.Outcome,
                RegisterEntryId = v.RegisterEntryId,
                SuspensionId = suspended.TryGetValue(v.ItemNumber, out var s) ? s.Id : null,
                PendingDecision = s?.PendingDecision,
            })],
        }, null, context.CorrelationId, cancellationToken);
        logger.LogInformation("Screened declaration {RegistrationNumber}: {Outcomes}",
            context.Message.RegistrationNumber, string.Join(", ", verdicts.Select(v => $"{v.ItemNumber}={v.Outcome}")));
    }
}
