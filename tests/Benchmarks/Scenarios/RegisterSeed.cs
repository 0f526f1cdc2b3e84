using Customs.BuildingBlocks.Identity;
using Customs.IpRegister.V1;
using Npgsql;

namespace Customs.Benchmarks.Scenarios;

/// <summary>
/// An IP register of n entries for the screening benchmark: the first entered through the API (application and the head's
/// decision), the others copied from it in PostgreSQL, each under a brand of its own ("bench{tag}n{i}", already in the
/// BrandNormaliser's form), since 100,000 applications through the API would take longer than the benchmark itself.
/// </summary>
public sealed class RegisterSeed(BenchContext context)
{
    public const string TariffCode = "8517";

    public string Tag { get; } = $"{Guid.NewGuid():N}"[..8];

    public int Entries { get; private set; }

    public string Brand(int i) => $"bench{Tag}n{i}";

    public async Task CreateAsync(int entries)
    {
        var client = new IpRegisterService.IpRegisterServiceClient(context.Target.Channel("ipregister"));
        var holder = context.Target.As(CallerIdentity.Create(CallerRole.RightHolder, "bench-holder", null, null, null));
        var submitted = await client.SubmitApplicationAsync(Application(Brand(0)), holder);
        var decided = await client.DecideApplicationAsync(
            new DecideApplicationRequest { ApplicationId = submitted.ApplicationId, Approve = true }, context.Target.Officer(OfficerRole.Head));

        await using var dataSource = NpgsqlDataSource.Create(await context.Target.ConnectionStringAsync("ipregister-db"));
        var columns = new List<string>();
        await using (var read = dataSource.CreateCommand(
            "select column_name from information_schema.columns where table_name = 'register_entries' and is_identity = 'NO' and is_generated = 'NEVER' order by ordinal_position"))
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
        }

        var values = columns.Select(c => c switch
        {
            "id" => "gen_random_uuid()",
            "brand_spellings" or "normalised_brands" => $"array['bench{Tag}n' || g]",
            "registration_number" => "s.registration_number || '-' || g",
            _ => "s." + c,
        });
        var insert = $"insert into register_entries ({string.Join(", ", columns)}) select {string.Join(", ", values)} " +
            "from register_entries s cross join generate_series($2::int, $3::int) g where s.id = $1";
        const int Batch = 20_000;
        for (var from = 1; from < entries; from += Batch)
        {
            var to = Math.Min(entries - 1, from + Batch - 1);
            await using var copy = dataSource.CreateCommand(insert);
            copy.Parameters.Add(new() { Value = Guid.Parse(decided.RegisterEntryId) });
            copy.Parameters.Add(new() { Value = from });
            copy.Parameters.Add(new() { Value = to });
            await copy.ExecuteNonQueryAsync();
            context.Log($"register seed: {to + 1:N0} of {entries:N0} entries");
        }

        // What autovacuum does to a register that grew to this size: statistics for the planner, and the brands' GIN index
        // with its pending list merged (until then every lookup scans the whole list: 4.5 ms a brand instead of 0.07 ms
        // for 100,000 entries, measured with EXPLAIN ANALYZE on PostgreSQL 15).
        await using (var analyze = dataSource.CreateCommand("vacuum analyze register_entries"))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        Entries = entries;
    }

    private static SubmitApplicationRequest Application(string brand) => new()
    {
        Applicant = new Party { Name = "Benchmark Holdings", Address = "1 Holder Street, Beijing" },
        Capacity = ApplicantCapacity.RightHolder,
        RightHolder = new Party { Name = "Benchmark Holdings", Address = "1 Holder Street, Beijing" },
        Object = new IpObject
        {
            Kind = IpObjectKind.Trademark,
            Name = brand,
            RegistrationNumber = $"RU-{Guid.NewGuid():N}"[..12],
            Classes = { 9 },
            ProtectionEndsOn = new Google.Type.Date { Year = 2040, Month = 12, Day = 31 },
        },
        Goods = new GoodsIdentification { TariffCodes = { TariffCode }, BrandSpellings = { brand } },
        RequestedUntil = new Google.Type.Date { Year = 2039, Month = 12, Day = 31 },
        SupportingDocuments = { "Trademark certificate" },
        DamageCompensationObligation = true,
        Security = new Security
        {
            Kind = SecurityKind.LiabilityInsurance,
            Amount = new Google.Type.Money { CurrencyCode = "RUB", Units = 500_000 },
            Reference = "Policy 1",
            ValidUntil = new Google.Type.Date { Year = 2040, Month = 1, Day = 31 },
        },
    };
}
