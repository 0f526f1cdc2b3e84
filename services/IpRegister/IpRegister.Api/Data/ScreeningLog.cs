using Customs.BuildingBlocks.Data;
using Npgsql;

namespace Customs.IpRegister.Api.Data;

/// <summary>Every screened item, whatever the outcome: exempt items are logged too (Art. 400).</summary>
public sealed class ScreeningLog
{
    private static readonly string[] Columns =
        ["declaration_id", "item_number", "tariff_code", "brand", "normalised_brand", "quantity", "outcome", "register_entry_id", "screened_at"];

    /// <summary>All the rows in one statement, not a round trip per item.</summary>
    public async Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<ScreeningLogRow> rows, CancellationToken ct) =>
        await MultiRowInsert.ExecuteAsync(connection, transaction, "screenings", Columns, rows,
            r => [r.DeclarationId, r.ItemNumber, r.TariffCode, r.Brand, r.NormalisedBrand, r.Quantity, r.Outcome, r.RegisterEntryId, r.ScreenedAt], ct);
}
