using System.Text.Json;
using Aspire.Hosting;
using Npgsql;

namespace Customs.Suite.Tests.Declarations;

/// <summary>
/// Announces IP register events as the IP register itself does: a row in its outbox, which its dispatcher publishes.
/// The test needs no broker client of its own and goes through the real publish path.
/// </summary>
internal static class IpRegisterEvents
{
    /// <returns>The message id (the outbox row's id).</returns>
    public static async Task<Guid> AnnounceAsync(DistributedApplication app, string type, object payload)
    {
        var messageId = Guid.CreateVersion7();
        await using var db = await app.CreateDataSourceAsync("ipregister-db");
        await using var command = db.CreateCommand("""
            with row as (insert into outbox_messages (id, message_type, payload, occurred_at)
                         values ($1, $2, cast($3 as jsonb), now()) returning id)
            select pg_notify('outbox_messages', '') from row
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = messageId });
        command.Parameters.Add(new NpgsqlParameter { Value = $"Customs.IpRegister.Contracts.{type}" });
        command.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(payload, JsonSerializerOptions.Web) });
        await command.ExecuteNonQueryAsync();
        return messageId;
    }

    /// <summary>Waits until the Declarations service has handled the message (its inbox row), even if it changed nothing.</summary>
    public static async Task HandledByDeclarationsAsync(DistributedApplication app, Guid messageId)
    {
        await using var db = await app.CreateDataSourceAsync("declarations-db");
        await Eventually.WaitAsync(async () =>
        {
            await using var command = db.CreateCommand("select exists (select 1 from inbox_messages where message_id = $1)");
            command.Parameters.Add(new NpgsqlParameter { Value = messageId });
            return (bool)(await command.ExecuteScalarAsync())!;
        }, handled => handled, TimeSpan.FromSeconds(30), $"the Declarations service to handle message {messageId}");
    }
}
