extern alias bench;

using Aspire.Hosting.Testing;
using Customs.Payments.Contracts;
using Customs.Suite.Tests.Foundation;
using Dapper;
using MassTransit;
using bench::Customs.Benchmarks.Graph;

namespace Customs.Suite.Tests.Declarations;

/// <summary>
/// Payments' standings about one declaration may arrive out of order: the newest by its sequence is kept, an older one
/// delivered late is consumed and changes nothing (its write reads the conditions back as they were), and neither
/// releases goods that are not registered.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class PaymentsStandingOrderTests(GraphFixture graph) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private const string Consumer = "Customs.Declarations.Api.Messaging.PaymentsStandingChangedConsumer";
    private readonly DeclarationCalls _calls = new(graph);

    [Fact]
    public async Task An_older_standing_delivered_after_a_newer_one_is_consumed_and_the_newer_one_is_kept()
    {
        // Filed, not registered: no other service reports on it, so only these two standings reach its conditions.
        var filed = (await _calls.Client.FileDeclarationAsync(DeclarationCalls.CommercialImport(), _calls.AsDeclarant)).Declaration;
        var (newer, older) = (Guid.NewGuid(), Guid.NewGuid());
        await using var db = await graph.App.CreateDataSourceAsync("declarations-db");
        await using var connection = await db.OpenConnectionAsync();
        await using (var sender = await QueueSender.StartAsync(
            await graph.App.GetConnectionStringAsync("messaging") ?? throw new InvalidOperationException("messaging has no connection string."),
            "declarations-payments-standing-changed"))
        {
            await sender.Endpoint.Send(Standing(filed.DeclarationId, 2, allowsRelease: false), c => c.MessageId = newer);
            await WaitConsumedAsync(connection, newer);
            await sender.Endpoint.Send(Standing(filed.DeclarationId, 1, allowsRelease: true), c => c.MessageId = older);
            await WaitConsumedAsync(connection, older);
        }

        var kept = await connection.QuerySingleAsync<(int Sequence, bool AllowsRelease)>("""
            select (payments ->> 'sequence')::int, (payments ->> 'allowsRelease')::boolean from release_conditions where declaration_id = @Id
            """, new { Id = Guid.Parse(filed.DeclarationId) });
        Assert.Equal((2, false), kept);
        Assert.Equal(Customs.Declarations.V1.DeclarationStatus.Filed, (await _calls.GetAsync(filed.DeclarationId)).Status);
    }

    public void Dispose() => _calls.Dispose();

    private static PaymentsStandingChanged Standing(string declarationId, int sequence, bool allowsRelease) => new()
    {
        DeclarationId = declarationId, Sequence = sequence, AllowsRelease = allowsRelease, Basis = allowsRelease ? "paid" : "owed",
        OwedRub = allowsRelease ? 0 : 1500, FactsAccounted = 0, LegalBasis = "Art. 329", Note = $"test standing {sequence}", At = DateTimeOffset.UtcNow,
    };

    /// <summary>The message's inbox row committed: it was handled, not left failing in retries.</summary>
    private static Task WaitConsumedAsync(Npgsql.NpgsqlConnection connection, Guid messageId) =>
        Eventually.WaitAsync(async () => await connection.ExecuteScalarAsync<bool>(
            "select exists (select from inbox_messages where message_id = @messageId and consumer = @Consumer)", new { messageId, Consumer }),
            Patience, $"standing {messageId} consumed");
}
