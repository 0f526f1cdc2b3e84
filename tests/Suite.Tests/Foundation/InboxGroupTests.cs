using Aspire.Hosting.Testing;
using Dapper;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Customs.Suite.Tests.Foundation;

/// <summary>
/// The inbox handles the messages that queue up behind a running transaction together, in the next one, and one bad
/// message among them fails alone: against the graph's RabbitMQ and a scratch database, in a host of the test's own.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class InboxGroupTests(GraphFixture graph)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Messages_queued_behind_a_transaction_are_handled_together_and_a_poison_message_fails_alone()
    {
        var database = await graph.App.CreateScratchDatabaseAsync("postgres", "inbox");
        // A queue of its own: the outbox test's host consumes another.
        using var host = await ProbeHost.StartAsync(graph, database, "suite-tests-inbox");
        var bus = host.Services.GetRequiredService<IBus>();
        var deliveries = host.Services.GetRequiredService<ProbeDeliveries>();
        await using var dataSource = NpgsqlDataSource.Create(database);

        // The gate probe's handler waits for a lock the test holds, so the probes published after it queue up.
        await using var gateHolder = await dataSource.OpenConnectionAsync();
        await gateHolder.ExecuteAsync("select pg_advisory_lock(@GateLock)", new { OutboxProbe.GateLock });
        var gate = Probe(OutboxProbe.Gate);
        await bus.Publish(gate);
        await Eventually.WaitAsync(() => WaitingOnTheGateAsync(dataSource), Patience, "the gate probe's handler waiting on the lock");

        var probes = Enumerable.Range(0, 30).Select(i => Probe(i == 7 ? OutboxProbe.Poison : $"probe {i}")).ToList();
        var poison = probes[7];
        var twiceSent = probes[3];
        var twiceSentId = Guid.CreateVersion7();
        foreach (var probe in probes)
        {
            await bus.Publish(probe, context => context.MessageId = probe == twiceSent ? twiceSentId : Guid.CreateVersion7());
        }

        await bus.Publish(twiceSent, context => context.MessageId = twiceSentId);

        // The endpoint takes PrefetchCount (16) messages at a time: the gate and 15 more are waiting in the inbox's queue.
        await Eventually.WaitAsync(() => Task.FromResult(deliveries.Arrived >= 16), Patience, "16 probes delivered to the consumer");
        await gateHolder.ExecuteAsync("select pg_advisory_unlock(@GateLock)", new { OutboxProbe.GateLock });

        var good = probes.Where(p => p != poison).Append(gate).Select(p => p.ProbeId).ToHashSet();
        await Eventually.WaitAsync(
            async () => new Progress(good.Except((await HandledAsync(dataSource)).Select(r => r.ProbeId)).Count(), deliveries.Arrived),
            p => p.NotHandled == 0, Patience, "every probe but the poison handled");
        await Eventually.WaitAsync(
            () => Task.FromResult(deliveries.FaultsOf(poison.ProbeId) > 0), Patience, "the poison probe faulted after its retries");
        var handled = await HandledAsync(dataSource);

        // Exactly once each, the probe sent twice with one message id included; the poison never.
        Assert.All(good, id => Assert.Single(handled, r => r.ProbeId == id));
        Assert.DoesNotContain(handled, r => r.ProbeId == poison.ProbeId);
        // The probes that waited behind the gate shared a transaction (fewer commits than probes).
        Assert.Contains(handled.GroupBy(r => r.TransactionId), t => t.Count() > 1);
    }

    private static OutboxProbe Probe(string note) => new() { ProbeId = Guid.CreateVersion7(), Note = note };

    private static async Task<bool> WaitingOnTheGateAsync(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<bool>(
            "select exists (select 1 from pg_locks where locktype = 'advisory' and not granted and database = (select oid from pg_database where datname = current_database()))");
    }

    private static async Task<List<HandledRow>> HandledAsync(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return (await connection.QueryAsync<HandledRow>(
            "select probe_id as ProbeId, transaction_id as TransactionId from outbox_probe_handled")).ToList();
    }

    private sealed record Progress(int NotHandled, int ReachedTheConsumer);

    private sealed class HandledRow
    {
        public Guid ProbeId { get; init; }

        public long TransactionId { get; init; }
    }
}
