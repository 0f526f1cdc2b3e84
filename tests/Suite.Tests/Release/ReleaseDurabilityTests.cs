using Customs.Declarations.Contracts;
using Customs.Declarations.V1;
using Customs.Suite.Tests.Declarations;
using Dapper;

namespace Customs.Suite.Tests.Release;

/// <summary>
/// Issue 15: the state of each release condition is durable. A payment made while RabbitMQ is down, with Declarations
/// stopped when the broker comes back, still reaches the declaration: Payments' outbox keeps the standing change, the
/// broker's durable queue keeps it for Declarations, and the goods are released once, announced once.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class ReleaseDurabilityTests(GraphFixture graph) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly DeclarationCalls _calls = new(graph);

    [Fact]
    public async Task A_payment_made_while_RabbitMQ_and_then_Declarations_are_down_releases_the_goods_once_when_they_are_back()
    {
        var filing = await _calls.CommercialImportPresentedTodayAsync();
        var filed = (await _calls.Client.FileDeclarationAsync(filing, _calls.AsDeclarant)).Declaration;
        await _calls.Client.RegisterDeclarationAsync(new() { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version }, _calls.AsOfficer());
        // Screened, green and assessed: the payment is all the goods wait for.
        var owing = await _calls.ConditionAsync(filed.DeclarationId, ReleaseConditionKind.Payments, c => c.WaitingFor == "payer", "the assessment");
        await _calls.ConditionAsync(filed.DeclarationId, ReleaseConditionKind.CustomsControl, c => c.Met, "the green lane");
        var today = await graph.App.TodayAsync();
        var servicesNow = await graph.App.NowAsync();
        await using var payments = await graph.App.CreateDataSourceAsync("payments-db");
        await using var declarations = await graph.App.CreateDataSourceAsync("declarations-db");

        try
        {
            await graph.App.StopResourceAsync("messaging");
            await _calls.SendPaymentAsync(filed.DeclarationId, owing.Declarant.TaxpayerNumber, today);
            // Payments committed the standing and its event; the event waits in the outbox.
            var waiting = await StandingEventsAsync(payments, filed.DeclarationId);
            await graph.App.StopResourceAsync("declarations");
            await graph.App.StartResourceAsync("messaging");
            await WaitAsync(ct => graph.App.WaitForResourceHealthyAsync("messaging", ct));
            // Published to the broker while Declarations is down: it waits in Declarations' durable queue.
            await Eventually.WaitAsync(() => StandingEventsAsync(payments, filed.DeclarationId), e => e.Dispatched > waiting.Dispatched,
                Patience, "the standing change published once RabbitMQ is back");
            var beforeStart = await GoodsReleasedAsync(declarations, filed.DeclarationId);

            await graph.App.StartResourceAsync("declarations");
            await WaitAsync(ct => graph.App.WaitForResourceHealthyAsync("declarations", ct));
            var released = await Eventually.WaitAsync(() => _calls.GetAsync(filed.DeclarationId), d => d.Status == DeclarationStatus.Released,
                Patience, "the release after the restarts");
            await Eventually.WaitAsync(() => GoodsReleasedAsync(declarations, filed.DeclarationId), n => n.Dispatched == 1, Patience,
                "GoodsReleased published");

            Assert.True(waiting.Pending > 0, "the standing change was kept in Payments' outbox while RabbitMQ was down");
            Assert.Equal(0, beforeStart.Total);
            Assert.Single(released.History, h => h.ToStatus == DeclarationStatus.Released);
            Assert.Equal("customs (automatic release)", released.History[^1].Actor);
            // The release is dated on the services' clock, which the restarted service keeps (tests move it).
            Assert.True(released.History[^1].At.ToDateTimeOffset() >= servicesNow, "the restarted service dates the release on the graph's clock");
            Assert.Equal(1, (await GoodsReleasedAsync(declarations, filed.DeclarationId)).Total);
        }
        finally
        {
            await graph.App.StartResourceAsync("messaging");
            await graph.App.StartResourceAsync("declarations");
            await WaitAsync(graph.App.WaitForHealthyAsync);
        }
    }

    private static async Task<(int Total, int Pending, int Dispatched)> StandingEventsAsync(Npgsql.NpgsqlDataSource db, string declarationId) =>
        await CountAsync(db, "Customs.Payments.Contracts.PaymentsStandingChanged", declarationId);

    private static async Task<(int Total, int Pending, int Dispatched)> GoodsReleasedAsync(Npgsql.NpgsqlDataSource db, string declarationId) =>
        await CountAsync(db, typeof(GoodsReleased).FullName!, declarationId);

    private static async Task<(int Total, int Pending, int Dispatched)> CountAsync(Npgsql.NpgsqlDataSource db, string type, string declarationId)
    {
        await using var connection = await db.OpenConnectionAsync();
        var row = await connection.QuerySingleAsync<(long Total, long Pending)>("""
            select count(*), count(*) filter (where dispatched_at is null)
            from outbox_messages where message_type = @type and payload ->> 'declarationId' = @declarationId
            """, new { type, declarationId });
        return ((int)row.Total, (int)row.Pending, (int)(row.Total - row.Pending));
    }

    private static async Task WaitAsync(Func<CancellationToken, Task> until)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await until(timeout.Token);
    }

    public void Dispose() => _calls.Dispose();
}
