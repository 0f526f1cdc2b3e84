using Customs.BuildingBlocks.Messaging.Inbox;
using Customs.Declarations.Api.Data;
using MassTransit;
using Npgsql;

namespace Customs.Declarations.Api.Messaging;

/// <summary>
/// A consumer of another service's event about one declaration (the IP register's; Examination's established
/// quantities). It locks the declaration's row before anything else in the inbox transaction, so events about the same
/// declaration are applied one after the other: two lifts of its two suspensions handled at once would otherwise each see
/// the other still active (Art. 399(1)).
/// </summary>
public abstract class IpEventConsumer<TMessage>(
    NpgsqlDataSource dataSource, TimeProvider clock, DeclarationRepository repository, ILogger logger)
    : IdempotentConsumer<TMessage>(dataSource, clock, logger)
    where TMessage : class
{
    protected DeclarationRepository Repository { get; } = repository;

    protected abstract Guid DeclarationIdOf(TMessage message);

    /// <summary>Applies the event with the declaration's row locked.</summary>
    protected abstract Task ApplyAsync(
        ConsumeContext<TMessage> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct);

    protected sealed override async Task HandleAsync(
        ConsumeContext<TMessage> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        await Repository.LockAsync(connection, transaction, DeclarationIdOf(context.Message), ct);
        await ApplyAsync(context, connection, transaction, ct);
    }
}
