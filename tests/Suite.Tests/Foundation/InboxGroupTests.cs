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
        await using var gateHolder = await dataSource.OpenConnectionAsync();

        // Ten probes (one of them sent twice with one message id) queue up behind a gate probe whose handler waits for a
        // lock the test holds; let go, they are handled in one transaction, each once.
        var together = Enumerable.Range(0, 10).Select(i => Probe($"together {i}")).ToList();
        var twiceSentId = Guid.CreateVersion7();
        var gate = await QueueBehindGateAsync(together.Select(p => (p, p == together[3] ? twiceSentId : Guid.CreateVersion7()))
            .Append((together[3], twiceSentId)));
        var handled = await HandledWhenAsync(together.Append(gate));
        Assert.All(together.Append(gate), p => Assert.Single(handled, r => r.ProbeId == p.ProbeId));
        var afterGate = together.Select(p => handled.Single(r => r.ProbeId == p.ProbeId).TransactionId).ToHashSet();
        Assert.Single(afterGate);
        Assert.NotEqual(handled.Single(r => r.ProbeId == gate.ProbeId).TransactionId, afterGate.Single());

        // Ten more, one of them poison: their group fails, each is handled again alone, and only the poison fails (retried,
        // then faulted) while the other nine are handled, each once, in transactions of their own.
        var withPoison = Enumerable.Range(0, 10).Select(i => Probe(i == 4 ? OutboxProbe.Poison : $"with poison {i}")).ToList();
        var poison = withPoison[4];
        var good = withPoison.Where(p => p != poison).ToList();
        var secondGate = await QueueBehindGateAsync(withPoison.Select(p => (p, Guid.CreateVersion7())));
        handled = await HandledWhenAsync(good.Append(secondGate));
        await Eventually.WaitAsync(
            () => Task.FromResult(deliveries.FaultsOf(poison.ProbeId) > 0), Patience, "the poison probe faulted after its retries");
        handled = await HandledAsync(dataSource);
        Assert.All(good, p => Assert.Single(handled, r => r.ProbeId == p.ProbeId));
        Assert.DoesNotContain(handled, r => r.ProbeId == poison.ProbeId);
        Assert.Equal(good.Count, good.Select(p => handled.Single(r => r.ProbeId == p.ProbeId).TransactionId).Distinct().Count());

        async Task<OutboxProbe> QueueBehindGateAsync(IEnumerable<(OutboxProbe Probe, Guid MessageId)> probes)
        {
            var arrivedBefore = deliveries.Arrived;
            await gateHolder.ExecuteAsync("select pg_advisory_lock(@GateLock)", new { OutboxProbe.GateLock });
            var gateProbe = Probe(OutboxProbe.Gate);
            await bus.Publish(gateProbe);
            await Eventually.WaitAsync(() => WaitingOnTheGateAsync(dataSource), Patience, "the gate probe's handler waiting on the lock");
            var sent = probes.ToList();
            foreach (var (probe, messageId) in sent)
            {
                await bus.Publish(probe, context => context.MessageId = messageId);
            }

            // Every probe reached the consumer (the endpoint takes 32 at a time) and waits for the gate's transaction.
            var expected = arrivedBefore + 1 + sent.Select(s => s.Probe.ProbeId).Distinct().Count();
            await Eventually.WaitAsync(() => Task.FromResult(deliveries.Arrived >= expected), Patience, "the probes delivered to the consumer");
            await gateHolder.ExecuteAsync("select pg_advisory_unlock(@GateLock)", new { OutboxProbe.GateLock });
            return gateProbe;
        }

        async Task<List<HandledRow>> HandledWhenAsync(IEnumerable<OutboxProbe> expected)
        {
            var ids = expected.Select(p => p.ProbeId).ToHashSet();
            await Eventually.WaitAsync(
                async () => new Progress(ids.Except((await HandledAsync(dataSource)).Select(r => r.ProbeId)).Count(), deliveries.Arrived),
                p => p.NotHandled == 0, Patience, "the probes handled");
            return await HandledAsync(dataSource);
        }
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
