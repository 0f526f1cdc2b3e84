using Customs.BuildingBlocks.Data;
using Customs.Declarations.Api.Domain;
using Npgsql;

namespace Customs.Declarations.Api.Data;

/// <summary>The IP register's screening outcome per goods item; a later screening replaces an earlier one.</summary>
public static class IpScreeningStore
{
    private static readonly string[] Columns = ["declaration_id", "item_number", "outcome", "register_entry_id", "screened_at", "suspension_id"];

    /// <summary>The statements that record the screening (one for all its items), for the caller's batch.</summary>
    public static IEnumerable<NpgsqlBatchCommand> RecordCommands(Guid declarationId, IEnumerable<ItemIpScreening> items) =>
        MultiRowInsert.Commands("ip_screenings", Columns, items,
            item => [declarationId, item.ItemNumber, EnumCodes.Of(item.Outcome), item.RegisterEntryId, item.ScreenedAt.ToUniversalTime(), item.SuspensionId],
            onConflict: """
                on conflict (declaration_id, item_number) do update
                   set outcome = excluded.outcome, register_entry_id = excluded.register_entry_id, screened_at = excluded.screened_at,
                       suspension_id = excluded.suspension_id
                 where ip_screenings.screened_at <= excluded.screened_at
                """);
}
