using System.Globalization;
using Customs.BuildingBlocks.Identity;
using Customs.Declarations.V1;
using Google.Type;
using Grpc.Core;
using Npgsql;

namespace Customs.Benchmarks.Scenarios;

/// <summary>A declarant filing commercial imports of n goods items and an officer registering them, through the real API.</summary>
public sealed class Filings(BenchContext context)
{
    // Headings the shipped sample tariff covers (Payments refuses to assess a code no line covers).
    private static readonly (string Code, string Description, string Origin)[] Goods =
    [
        ("6203423100", "Men's cotton trousers", "IT"), ("6403990000", "Leather shoes", "VN"), ("9503000000", "Toys", "CN"),
        ("4202921100", "Travel bags", "CN"), ("8517130000", "Smartphones", "KR"),
    ];

    private readonly Metadata _declarant = context.Target.As(CallerIdentity.Declarant("7707083893"));
    private readonly Metadata _officer = context.Target.Officer();

    public DeclarationService.DeclarationServiceClient Client { get; } = new(context.Target.Channel("declarations"));

    public Metadata Officer => _officer;

    public async Task<Declaration> FileAsync(CancellationToken ct, System.DateTime? deadline = null) =>
        (await Client.FileDeclarationAsync(Request(context.Settings.ItemsPerDeclaration), _declarant, deadline, ct)).Declaration;

    public async Task<Declaration> FileAndRegisterAsync(CancellationToken ct, System.DateTime? deadline = null)
    {
        var filed = await FileAsync(ct, deadline);
        return (await Client.RegisterDeclarationAsync(
            new RegisterDeclarationRequest { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version }, _officer, deadline, ct)).Declaration;
    }

    /// <summary>Events the Declarations service has written and not yet seen confirmed by RabbitMQ.</summary>
    public async Task<long> UndispatchedEventsAsync()
    {
        await using var connection = new NpgsqlConnection(await context.Target.ConnectionStringAsync("declarations-db"));
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("select count(*) from outbox_messages where dispatched_at is null", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    public static FileDeclarationRequest Request(int items)
    {
        var request = new FileDeclarationRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            Kind = DeclarationKind.CommercialImport,
            Direction = MovementDirection.Import,
            CustomsOfficeCode = "10005020",
            Declarant = new Party { Kind = PartyKind.LegalPerson, Name = "Sberbank", TaxpayerNumber = "7707083893", Address = "Moscow, Vavilova 19", CountryCode = "RU" },
            PresentationDate = new Date { Year = 2026, Month = 3, Day = 2 },
            PresentationPlace = "Sheremetyevo cargo terminal",
        };
        for (var i = 0; i < items; i++)
        {
            var (code, description, origin) = Goods[i % Goods.Length];
            request.Items.Add(new GoodsItem
            {
                Description = description,
                TariffCode = code,
                Brand = $"Benchmark Goods {i + 1}",
                OriginCountryCode = origin,
                Quantity = Dec(100 + i),
                Unit = "pcs",
                GrossWeightKg = Dec(55.5m + i),
                NetWeightKg = Dec(50 + i),
                InvoiceValue = new Money { CurrencyCode = "EUR", Units = 4_000 + (100 * i) },
                CustomsValue = new Money { CurrencyCode = "EUR", Units = 4_200 + (100 * i) },
                CustomsValueMethod = 1,
                IntendedUse = IntendedUse.Commercial,
            });
        }

        return request;
    }

    private static Google.Type.Decimal Dec(decimal value) => new() { Value = value.ToString(CultureInfo.InvariantCulture) };
}
