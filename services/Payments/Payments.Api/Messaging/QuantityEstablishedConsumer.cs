using Customs.BuildingBlocks.Messaging.Inbox;
using Customs.Declarations.Contracts;
using Customs.Payments.Api.Application;
using Customs.Payments.Api.Data;
using MassTransit;
using Npgsql;

namespace Customs.Payments.Api.Messaging;

/// <summary>
/// Customs established another quantity of a goods item (Arts. 371(3), 372(5)): the declaration is reassessed with it, at
/// the rates its first assessment used (a rate changed after acceptance never changes it, Arts. 325(1), 326), and the
/// difference to pay or refund is announced (AssessmentRevised). Once per message (inbox).
/// </summary>
public sealed class QuantityEstablishedConsumer(
    NpgsqlDataSource dataSource, TimeProvider clock, AssessmentStore store, UnassessedStore unassessed, Assessments assessments,
    ILogger<QuantityEstablishedConsumer> logger)
    : IdempotentConsumer<QuantityEstablished>(dataSource, clock, logger)
{
    protected override async Task HandleAsync(
        ConsumeContext<QuantityEstablished> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var message = context.Message;
        var declarationId = message.DeclarationId.ToString();
        var previous = await store.LatestForUpdateAsync(connection, transaction, declarationId, ct);
        if (previous is null)
        {
            if (await unassessed.ContainsAsync(connection, transaction, declarationId, ct))
            {
                logger.LogWarning("Declaration {DeclarationId} has no assessment (recorded as unassessed); the quantity of item {Item} is not reassessed",
                    declarationId, message.ItemNumber);
                return;
            }

            // Its registration may not have been consumed yet (another queue): retried, then the error queue.
            throw new InvalidOperationException($"Declaration {declarationId} is not assessed yet; the established quantity waits for its assessment.");
        }

        var items = AssessmentJson.ReadItems(previous.Items);
        if (items.FirstOrDefault(i => i.ItemNumber == message.ItemNumber) is not { } item || item.Quantity == message.EstablishedQuantity)
        {
            logger.LogInformation("Declaration {DeclarationId} item {Item}: the assessment already has {Quantity}", declarationId, message.ItemNumber, message.EstablishedQuantity);
            return;
        }

        // The quantity is what customs established; a volume in litres is the quantity (RegisteredDeclaration.ToItem).
        var established = item with
        {
            Quantity = message.EstablishedQuantity,
            AlcoholLitres = message.Unit == "l" ? message.EstablishedQuantity : item.AlcoholLitres,
        };
        var reason = $"{message.LegalBasis}: item {message.ItemNumber}, declared {message.DeclaredQuantity} {message.Unit}, "
            + $"established {message.EstablishedQuantity} {message.Unit}";
        await assessments.ReassessInAsync(
            connection, transaction, previous, [.. items.Select(i => i.ItemNumber == item.ItemNumber ? established : i)], reason, "payments (QuantityEstablished)", ct);
    }
}
