using Customs.BuildingBlocks.Data;
using Customs.BuildingBlocks.Messaging.Inbox;
using Customs.Declarations.Api.Application;
using Customs.Declarations.Api.Data;
using Customs.Declarations.Api.Domain;
using MassTransit;
using Npgsql;

namespace Customs.Declarations.Api.Messaging;

/// <summary>
/// A consumer of another service's event about one declaration (the IP register's, Examination's, Payments'). It locks
/// the declaration's row before anything else in the inbox transaction (in the inbox rows' round trip), so events about
/// the same declaration are applied one after the other: two lifts of its two suspensions handled at once would otherwise
/// each see the other still active (Art. 399(1)). After the event is applied, the goods are released if that made the
/// last condition of release hold (<see cref="AutomaticRelease"/>), in the same transaction.
/// </summary>
public abstract class IpEventConsumer<TMessage>(
    NpgsqlDataSource dataSource, TimeProvider clock, DeclarationRepository repository, AutomaticRelease release, ILogger logger)
    : IdempotentConsumer<TMessage>(dataSource, clock, logger)
    where TMessage : class
{
    private readonly ILogger _logger = logger;
    private readonly HashSet<Guid> _locked = [];

    protected DeclarationRepository Repository { get; } = repository;

    protected AutomaticRelease Release { get; } = release;

    protected abstract Guid DeclarationIdOf(TMessage message);

    /// <summary>Applies the event with the declaration's row locked.</summary>
    protected abstract Task ApplyAsync(
        ConsumeContext<TMessage> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct);

    /// <summary>
    /// The release conditions as the event's write left them, when that write read them back (one statement for both);
    /// null, and <see cref="AutomaticRelease"/> reads them itself.
    /// </summary>
    protected ReleaseInputs? ConditionsAfterApply { get; set; }

    /// <summary>
    /// The declarations' row locks, taken in the order of their ids (so that two transactions taking several never deadlock)
    /// and held until the transaction ends, sent with the inbox rows: events about one declaration are applied one after
    /// another (two lifts of its two suspensions each see the other's, Art. 399(1)). A declaration without a row is not
    /// known here.
    /// </summary>
    protected sealed override NpgsqlBatchCommand LeadingStatement(IReadOnlyList<TMessage> messages) =>
        BatchCommand.Of("select id from declarations where id = any($1) order by id for update", messages.Select(DeclarationIdOf).Distinct().ToArray());

    protected sealed override async Task ReadLeadingAsync(NpgsqlDataReader reader, CancellationToken ct)
    {
        _locked.Clear();
        while (await reader.ReadAsync(ct))
        {
            _locked.Add(reader.GetGuid(0));
        }
    }

    protected sealed override async Task HandleAsync(
        ConsumeContext<TMessage> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var id = DeclarationIdOf(context.Message);
        if (!_locked.Contains(id))
        {
            _logger.LogWarning("{Event} for unknown declaration {DeclarationId} ignored", typeof(TMessage).Name, id);
            return;
        }

        ConditionsAfterApply = null;
        await ApplyAsync(context, connection, transaction, ct);
        await Release.TryAsync(connection, transaction, id, context.CorrelationId, ct, ConditionsAfterApply);
    }
}
