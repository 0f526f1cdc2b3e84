using Dapper;
using Npgsql;

namespace Customs.IpRegister.Api.Data;

/// <summary>Importers the right-holder authorised per entry: their goods pass screening.</summary>
public sealed class ImporterRepository
{
    public async Task<bool> AddAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid entryId, string taxpayerNumber, string name, DateOnly on, CancellationToken ct)
    {
        const string sql = """
            insert into authorised_importers (register_entry_id, taxpayer_number, name, added_on)
            values (@entryId, @taxpayerNumber, @name, @on)
            on conflict do nothing
            """;
        return await connection.ExecuteAsync(new CommandDefinition(sql, new { entryId, taxpayerNumber, name, on }, transaction, cancellationToken: ct)) == 1;
    }
}
