using Customs.BuildingBlocks.Messaging.Inbox;
using Customs.Payments.Api.Application;
using Customs.Payments.Api.Data;
using Customs.Payments.Api.Domain.Assessment;
using MassTransit;
using Npgsql;

namespace Customs.Payments.Api.Messaging;

/// <summary>
/// A figure customs established for a goods item (a quantity, a customs value): the declaration is reassessed with it, at the
/// rates its first assessment used (a rate changed after acceptance never changes it, Arts. 325(1), 326), and the difference
/// to pay or refund is announced (AssessmentRevised). Once per message (inbox). Each message handled is counted in the
/// declaration's release standing (<see cref="ReleaseStandingStore.AccountFactAsync"/>): release waits for all of them.
/// </summary>
public abstract class ReassessingConsumer<TMessage>(
    NpgsqlDataSource dataSource, TimeProvider clock, AssessmentStore store, UnassessedStore unassessed, Assessments assessments, ReleaseStandingStore standings,
    ILogger logger)
    : IdempotentConsumer<TMessage>(dataSource, clock, logger)
    where TMessage : class
{
    private readonly ILogger _logger = logger;

    protected abstract Guid DeclarationIdOf(TMessage message);

    protected abstract int ItemNumberOf(TMessage message);

    /// <summary>What follows a reassessment that changed the total by <paramref name="differenceRub"/>, in its transaction (nothing by default).</summary>
    protected virtual Task ReassessedAsync(TMessage message, NpgsqlConnection connection, NpgsqlTransaction transaction, decimal differenceRub, CancellationToken ct) =>
        Task.CompletedTask;

    /// <summary>The item as established and why; null when the assessment has it already.</summary>
    protected abstract (ItemToAssess Item, string Reason)? Establish(TMessage message, ItemToAssess assessed);

    protected sealed override async Task HandleAsync(
        ConsumeContext<TMessage> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var message = context.Message;
        var declarationId = DeclarationIdOf(message).ToString();
        var itemNumber = ItemNumberOf(message);
        var previous = await store.LatestForUpdateAsync(connection, transaction, declarationId, ct);
        if (previous is null)
        {
            if (await unassessed.ContainsAsync(connection, transaction, declarationId, ct))
            {
                _logger.LogWarning("Declaration {DeclarationId} has no assessment (recorded as unassessed); item {Item} is not reassessed", declarationId, itemNumber);
                await standings.AccountFactAsync(connection, transaction, declarationId, ct);
                return;
            }

            // Its registration may not have been consumed yet (another queue): retried, then the error queue.
            throw new InvalidOperationException($"Declaration {declarationId} is not assessed yet; what customs established waits for its assessment.");
        }

        var items = AssessmentJson.ReadItems(previous.Items);
        if (items.FirstOrDefault(i => i.ItemNumber == itemNumber) is not { } item || Establish(message, item) is not { } established)
        {
            _logger.LogInformation("Declaration {DeclarationId} item {Item}: the assessment has it already", declarationId, itemNumber);
            await standings.AccountFactAsync(connection, transaction, declarationId, ct);
            return;
        }

        var (_, difference, _) = await assessments.ReassessInAsync(connection, transaction, previous,
            [.. items.Select(i => i.ItemNumber == itemNumber ? established.Item : i)], established.Reason, $"payments ({typeof(TMessage).Name})", ct);
        await ReassessedAsync(message, connection, transaction, difference, ct);
        await standings.AccountFactAsync(connection, transaction, declarationId, ct);
    }
}
