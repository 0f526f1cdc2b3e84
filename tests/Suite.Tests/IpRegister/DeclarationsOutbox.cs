using System.Text.Json;
using Aspire.Hosting;
using Customs.Declarations.Contracts;
using Dapper;

namespace Customs.Suite.Tests.IpRegister;

/// <summary>
/// Registers a declaration the way the Declarations service announces it: the event goes into that service's
/// outbox (same table and payload format its writer uses), and its dispatcher, polling, publishes it over RabbitMQ. Used until
/// the Declarations service has an API that registers declarations.
/// </summary>
public static class DeclarationsOutbox
{
    public static async Task PublishAsync(DistributedApplication app, DeclarationRegistered declaration)
    {
        await using var dataSource = await app.CreateDataSourceAsync("declarations-db");
        await using var connection = await dataSource.OpenConnectionAsync();
        const string sql = """
            insert into outbox_messages (id, message_type, payload, occurred_at)
            values (@Id, @MessageType, cast(@Payload as jsonb), now())
            """;
        await connection.ExecuteAsync(sql, new
        {
            Id = Guid.NewGuid(),
            MessageType = typeof(DeclarationRegistered).FullName,
            Payload = JsonSerializer.Serialize(declaration, JsonSerializerOptions.Web),
        });
    }
}
