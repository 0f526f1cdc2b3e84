using Customs.BuildingBlocks.Messaging;
using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.Declarations.Contracts;
using Dapper;

namespace Customs.Suite.Tests.Foundation;

[Collection(GraphCollection.Name)]
public sealed class CrossServiceEventTests(GraphFixture graph)
{
    [Fact]
    public async Task An_event_written_to_the_declarations_outbox_opens_a_control_case_in_examination()
    {
        var registered = DeclarationSamples.Registered();
        var outbox = new OutboxWriter(new MessageTypeRegistry([typeof(DeclarationRegistered).Assembly]), new OutboxSignal(), TimeProvider.System);

        // What the Declarations service does when it registers a declaration: state change and event in one
        // transaction of its own database; its dispatcher (polling: the write is another process's) publishes the row,
        // Examination consumes it.
        await using (var declarations = await graph.App.CreateDataSourceAsync("declarations-db"))
        await using (var connection = await declarations.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await outbox.EnqueueAsync(connection, transaction, registered);
            await transaction.CommitAsync();
        }

        await using var examination = await graph.App.CreateDataSourceAsync("examination-db");
        var controlCase = await Eventually.WaitAsync(
            async () =>
            {
                await using var connection = await examination.OpenConnectionAsync();
                return await connection.QuerySingleOrDefaultAsync<(string RegistrationNumber, string Status, int ItemCount)?>(
                    "select registration_number, status, goods_item_count from control_cases where declaration_id = @DeclarationId",
                    new { registered.DeclarationId });
            },
            row => row is { Status: "decided" },
            TimeSpan.FromSeconds(30),
            "a decided control case for the registered declaration in examination-db");

        // The control case is opened with the event, and its control decision made in the next batch (Art. 358).
        Assert.Equal((registered.RegistrationNumber, "decided", 1), controlCase!.Value);
    }
}
