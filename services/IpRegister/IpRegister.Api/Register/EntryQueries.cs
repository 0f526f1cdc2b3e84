using Customs.IpRegister.Api.Domain;
using Customs.ServiceDefaults;
using Customs.IpRegister.Api.Data;
using Npgsql;

namespace Customs.IpRegister.Api.Register;

/// <summary>Reads of the register, including the published list (Art. 395(4)).</summary>
public sealed class EntryQueries(NpgsqlDataSource dataSource, EntryRepository entries)
{
    public async Task<EntryRow> GetAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await entries.GetAsync(connection, null, id, forUpdate: false, ct) ?? throw EntryNotFound(id);
    }

    public static NotFoundException EntryNotFound(Guid id) => new(RegisterErrors.EntryNotFound, $"Register entry {id} was not found.");

    public async Task<IReadOnlyList<EntryRow>> ListPublishedAsync(DateOnly on, long afterEntryNumber, int pageSize, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await entries.ListPublishedAsync(connection, on, afterEntryNumber, pageSize, ct);
    }
}
