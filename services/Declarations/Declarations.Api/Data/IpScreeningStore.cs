using Customs.BuildingBlocks.Data;
using Customs.Declarations.Api.Domain;
using Dapper;
using Npgsql;

namespace Customs.Declarations.Api.Data;

/// <summary>The IP register's screening outcome per goods item; a later screening replaces an earlier one.</summary>
public sealed class IpScreeningStore
{
    public async Task RecordAsync(
        NpgsqlConnection c, NpgsqlTransaction tx, Guid declarationId, IEnumerable<ItemIpScreening> items, CancellationToken ct)
    {
        const string sql = """
            insert into ip_screenings (declaration_id, item_number, outcome, register_entry_id, screened_at, suspension_id)
            values (@DeclarationId, @ItemNumber, @Outcome, @RegisterEntryId, @ScreenedAt, @SuspensionId)
            on conflict (declaration_id, item_number) do update
               set outcome = excluded.outcome, register_entry_id = excluded.register_entry_id, screened_at = excluded.screened_at,
                   suspension_id = excluded.suspension_id
             where ip_screenings.screened_at <= excluded.screened_at
            """;
        foreach (var item in items)
        {
            await c.ExecuteAsync(new CommandDefinition(sql, new
            {
                DeclarationId = declarationId,
                item.ItemNumber,
                Outcome = EnumCodes.Of(item.Outcome),
                item.RegisterEntryId,
                ScreenedAt = item.ScreenedAt.ToUniversalTime(),
                item.SuspensionId,
            }, tx, cancellationToken: ct));
        }
    }
}
