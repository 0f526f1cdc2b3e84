using Customs.BuildingBlocks.Messaging.Inbox;
using Customs.Declarations.Contracts;
using Customs.IpRegister.Api.Screening;
using MassTransit;
using Npgsql;

namespace Customs.IpRegister.Api.Messaging;

/// <summary>
/// Screens every goods item of every registered declaration against the register (<see cref="DeclarationScreening"/>):
/// personal use → exempt and logged (Art. 400), authorised importer → pass, match → release held pending the head's
/// decision (Art. 397(1)); then ScreeningCompleted.
/// </summary>
public sealed class DeclarationRegisteredConsumer(
    NpgsqlDataSource dataSource, TimeProvider clock, DeclarationScreening screening, ILogger<DeclarationRegisteredConsumer> logger)
    : IdempotentConsumer<DeclarationRegistered>(dataSource, clock, logger)
{
    protected override async Task HandleAsync(
        ConsumeContext<DeclarationRegistered> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var results = await screening.ScreenAsync(
            connection, transaction, DeclarationFactsMapper.From(context.Message), context.CorrelationId, cancellationToken);
        logger.LogInformation("Screened declaration {RegistrationNumber}: {Outcomes}",
            context.Message.RegistrationNumber, string.Join(", ", results.Select(r => $"{r.Verdict.ItemNumber}={r.Verdict.Outcome}")));
    }
}
