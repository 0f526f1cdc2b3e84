using Aspire.Hosting.Testing;
using Customs.BuildingBlocks.Messaging.Outbox;
using Dapper;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Customs.Suite.Tests.Foundation;

/// <summary>
/// The outbox and inbox against the graph's real RabbitMQ and PostgreSQL, in a host of the test's own (its own
/// scratch database and queue), so stopping RabbitMQ is seen end to end.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class OutboxDeliveryTests(GraphFixture graph)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task An_event_committed_while_RabbitMQ_is_down_is_handled_exactly_once_after_it_is_back()
    {
        var database = await graph.App.CreateScratchDatabaseAsync("postgres", "outbox");
        using var host = await ProbeHost.StartAsync(graph, database);
        var bus = host.Services.GetRequiredService<IBusControl>();
        await using var dataSource = NpgsqlDataSource.Create(database);
        var probe = new OutboxProbe { ProbeId = Guid.CreateVersion7(), Note = "committed while the broker is down" };
        var messageId = Guid.CreateVersion7();

        try
        {
            await graph.App.StopResourceAsync("messaging");
            await using (var connection = await dataSource.OpenConnectionAsync())
            await using (var transaction = await connection.BeginTransactionAsync())
            {
                await host.Services.GetRequiredService<IOutbox>().EnqueueAsync(connection, transaction, probe, messageId);
                await transaction.CommitAsync();
            }

            // The dispatcher tried, failed, and kept the row.
            var failed = await Eventually.WaitAsync(
                () => OutboxRowAsync(dataSource, messageId), row => row.Attempts > 0, Patience, "a failed publish attempt");
            Assert.Null(failed.DispatchedAt);
            Assert.NotNull(failed.LastError);
            Assert.Equal(0, await HandledAsync(dataSource, probe.ProbeId));

            await graph.App.StartResourceAsync("messaging");
            await WaitAsync(ct => graph.App.WaitForResourceHealthyAsync("messaging", ct));

            await Eventually.WaitAsync(() => HandledAsync(dataSource, probe.ProbeId), n => n > 0, Patience, "the probe handled");
            // The consumer may commit its inbox row before the dispatcher commits the outbox row's dispatch time.
            await Eventually.WaitAsync(
                () => OutboxRowAsync(dataSource, messageId), row => row.DispatchedAt is not null, Patience, "the outbox row marked dispatched");

            // A redelivery of the same message (as after a crash between publish and the outbox's commit).
            var deliveries = host.Services.GetRequiredService<ProbeDeliveries>();
            var deliveredBefore = deliveries.Of(probe.ProbeId);
            await bus.Publish(probe, context => context.MessageId = messageId);
            await Eventually.WaitAsync(
                () => Task.FromResult(deliveries.Of(probe.ProbeId)), n => n > deliveredBefore, Patience, "the duplicate delivered");

            Assert.Equal(1, await HandledAsync(dataSource, probe.ProbeId));
        }
        finally
        {
            await graph.App.StartResourceAsync("messaging");
            await WaitAsync(graph.App.WaitForHealthyAsync);
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task A_backlog_of_several_batches_is_published_with_each_row_marked_once()
    {
        var database = await graph.App.CreateScratchDatabaseAsync("postgres", "backlog");
        using var host = await ProbeHost.StartAsync(graph, database, "suite-tests-backlog");
        await using var dataSource = NpgsqlDataSource.Create(database);

        // 450 events in one commit: batches of 100, four of them under way at once, then the fifth, of 50.
        const int count = 450;
        await using (var connection = await dataSource.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await host.Services.GetRequiredService<IOutbox>().EnqueueManyAsync(connection, transaction,
                [.. Enumerable.Range(1, count).Select(n => new OutboxEntry<OutboxBacklogProbe>(new OutboxBacklogProbe { Number = n }, null, null))]);
            await transaction.CommitAsync();
        }

        var rows = await Eventually.WaitAsync(async () =>
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            return await connection.QuerySingleAsync<(long Dispatched, long Pending, long Attempted)>("""
                select count(*) filter (where dispatched_at is not null), count(*) filter (where dispatched_at is null),
                       count(*) filter (where attempts > 0)
                from outbox_messages where message_type = @Type
                """, new { Type = typeof(OutboxBacklogProbe).FullName });
        }, r => r.Pending == 0, Patience, "the backlog published");

        Assert.Equal((count, 0L, 0L), rows);
        await host.StopAsync();
    }

    [Fact]
    public async Task Maintenance_deletes_published_rows_past_retention_and_keeps_the_rest()
    {
        var database = await graph.App.CreateScratchDatabaseAsync("postgres", "purge");
        using var host = await ProbeHost.StartAsync(graph, database, "suite-tests-purge");
        await using var dataSource = NpgsqlDataSource.Create(database);
        // The probe host's outbox keeps the machine's clock (TimeProvider.System), whatever a test did to the services' clocks.
        var now = DateTimeOffset.UtcNow;
        var old = Guid.CreateVersion7();
        var recent = Guid.CreateVersion7();
        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            // Published 8 days ago (past the 7 days' retention) and 1 day ago. Probes of a type no consumer takes.
            await connection.ExecuteAsync("""
                insert into outbox_messages (id, message_type, payload, occurred_at, dispatched_at)
                values (@Old, @Type, '{}', @EightDaysAgo, @EightDaysAgo), (@Recent, @Type, '{}', @OneDayAgo, @OneDayAgo)
                """, new { Old = old, Recent = recent, Type = typeof(OutboxBacklogProbe).FullName, EightDaysAgo = now.AddDays(-8), OneDayAgo = now.AddDays(-1) });
        }

        await host.Services.GetRequiredService<OutboxDispatcher>().RunMaintenanceAsync();

        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            var left = (await connection.QueryAsync<Guid>("select id from outbox_messages where id = any(@Ids)", new { Ids = new[] { old, recent } })).ToList();
            Assert.Equal([recent], left);
            // The purge finds published rows by their publication time, not by reading the whole table.
            Assert.Equal(1, await connection.ExecuteScalarAsync<int>(
                "select count(*) from pg_indexes where tablename = 'outbox_messages' and indexdef like '%(dispatched_at) WHERE (dispatched_at IS NOT NULL)%'"));
        }

        await host.StopAsync();
    }

    private static async Task WaitAsync(Func<CancellationToken, Task> wait)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await wait(timeout.Token);
    }

    private static async Task<OutboxRow> OutboxRowAsync(NpgsqlDataSource dataSource, Guid id)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<OutboxRow>(
            "select attempts, last_error as LastError, dispatched_at as DispatchedAt from outbox_messages where id = @id", new { id });
    }

    private static async Task<int> HandledAsync(NpgsqlDataSource dataSource, Guid probeId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>(
            "select count(*) from outbox_probe_handled where probe_id = @probeId", new { probeId });
    }

    private sealed class OutboxRow
    {
        public int Attempts { get; init; }

        public string? LastError { get; init; }

        public DateTime? DispatchedAt { get; init; }
    }
}
