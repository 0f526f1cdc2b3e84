using Customs.IpRegister.Api.Domain.Screening;
using Dapper;
using Npgsql;

namespace Customs.IpRegister.Api.Data;

/// <summary>The record behind the cache: register entries carrying a normalised brand, from PostgreSQL.</summary>
public sealed class CandidateQuery(NpgsqlDataSource dataSource)
{
    /// <summary>The candidates of several brands in one query (the GIN index answers the overlap); every brand asked has an entry.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<RegisterMatchCandidate>>> ByBrandsAsync(
        IReadOnlyCollection<string> normalisedBrands, CancellationToken ct)
    {
        const string sql = """
            select e.id, e.tariff_codes, e.normalised_brands, e.entered_on, e.valid_until, e.status,
                   coalesce(array_agg(i.taxpayer_number) filter (where i.taxpayer_number is not null), '{}') as importers
            from register_entries e
            left join authorised_importers i on i.register_entry_id = e.id
            where e.normalised_brands && @normalisedBrands::text[] and e.status = 'active'
            group by e.id
            """;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<CandidateRow>(new CommandDefinition(
            sql, new { normalisedBrands = normalisedBrands.ToArray() }, cancellationToken: ct));
        var candidates = rows.Select(ToCandidate).ToList();
        return normalisedBrands.Distinct().ToDictionary(
            brand => brand, IReadOnlyList<RegisterMatchCandidate> (brand) => [.. candidates.Where(c => c.Brands.Contains(brand))]);
    }

    private static RegisterMatchCandidate ToCandidate(CandidateRow r) => new()
        {
            EntryId = r.Id,
            TariffCodes = r.TariffCodes,
            Brands = r.NormalisedBrands,
            EnteredOn = r.EnteredOn,
            ValidUntil = r.ValidUntil,
            Active = r.Status == EntryRepository.Active,
            AuthorisedImporters = r.Importers,
        };
}
