using System.Text.Json;
using Customs.AppHost.Testing;
using Customs.AppHost.Hosting;
using Npgsql;

namespace Customs.Suite.Tests.Declarations;

/// <summary>
/// Announces IP register events as the IP register itself does: a row in its outbox, which its dispatcher publishes.
/// The test needs no broker client of its own and goes through the real publish path.
/// </summary>
internal static class IpRegisterEvents
{
    public static async Task AnnounceAsync(DistributedApplication app, string type, object payload)
    {
        await using var db = app.CreateDataSource("ipregister-db");
        await using var command = db.CreateCommand("""
            with row as (insert into outbox_messages (id, message_type, payload, occurred_at)
                         values ($1, $2, cast($3 as jsonb), now()) returning id)
            select pg_notify('outbox_messages', '') from row
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = Guid.CreateVersion7() });
        command.Parameters.Add(new NpgsqlParameter { Value = $"Customs.IpRegister.Contracts.{type}" });
        command.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(payload, JsonSerializerOptions.Web) });
        await command.ExecuteNonQueryAsync();
    }
}
