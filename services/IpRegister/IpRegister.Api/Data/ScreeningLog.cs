using Dapper;
using Npgsql;

namespace Customs.IpRegister.Api.Data;

/// <summary>Every screened item, whatever the outcome: exempt items are logged too (Art. 400).</summary>
public sealed class ScreeningLog
{
    public async Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<ScreeningLogRow> rows, CancellationToken ct)
    {
        const string sql = """
            insert into screenings (declaration_id, item_number, tariff_code, brand, normalised_brand, quantity, outcome, register_entry_id, screened_at)
            values (@DeclarationId, @ItemNumber, @TariffCode, @Brand, @NormalisedBrand, @Quantity, @Outcome, @RegisterEntryId, @ScreenedAt)
            """;
        await connection.ExecuteAsync(new CommandDefinition(sql, rows, transaction, cancellationToken: ct));
    }
}
