using Customs.IpRegister.Api.Domain;
using Customs.ServiceDefaults;
using Customs.IpRegister.Api.Data;
using Customs.IpRegister.Api.Domain.Entries;
using Npgsql;

namespace Customs.IpRegister.Api.Register;

/// <summary>Reads of the register, including the published list (Art. 395(4)).</summary>
public sealed class EntryQueries(NpgsqlDataSource dataSource, EntryRepository entries)
{
    public async Task<RegisterEntry> GetAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await entries.GetAsync(connection, null, id, forUpdate: false, ct) ?? throw EntryNotFound(id);
    }

    public static NotFoundException EntryNotFound(Guid id) => new(RegisterErrors.EntryNotFound, $"Register entry {id} was not found.");

    public async Task<IReadOnlyList<RegisterEntry>> ListPublishedAsync(DateOnly on, long afterEntryNumber, int pageSize, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await entries.ListPublishedAsync(connection, on, afterEntryNumber, pageSize, ct);
    }
}
