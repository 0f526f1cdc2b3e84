using Customs.IpRegister.Api.Domain.Screening;
using Dapper;
using Npgsql;

namespace Customs.IpRegister.Api.Data;

/// <summary>The record behind the cache: register entries carrying a normalised brand, from PostgreSQL.</summary>
public sealed class CandidateQuery(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<RegisterMatchCandidate>> ByBrandAsync(string normalisedBrand, CancellationToken ct)
    {
        const string sql = """
            select e.id, e.tariff_codes, e.normalised_brands, e.entered_on, e.valid_until, e.status,
                   coalesce(array_agg(i.taxpayer_number) filter (where i.taxpayer_number is not null), '{}') as importers
            from register_entries e
            left join authorised_importers i on i.register_entry_id = e.id
            where e.normalised_brands @> array[@normalisedBrand]::text[] and e.status = 'active'
            group by e.id
            """;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<CandidateRow>(new CommandDefinition(sql, new { normalisedBrand }, cancellationToken: ct));
        return [.. rows.Select(r => new RegisterMatchCandidate
        {
            EntryId = r.Id,
            TariffCodes = r.TariffCodes,
            Brands = r.NormalisedBrands,
            EnteredOn = r.EnteredOn,
            ValidUntil = r.ValidUntil,
            Active = r.Status == EntryRepository.Active,
            AuthorisedImporters = r.Importers,
        })];
    }
}
