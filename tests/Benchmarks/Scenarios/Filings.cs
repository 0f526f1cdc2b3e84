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

    public Customs.Payments.V1.PaymentsService.PaymentsServiceClient Payments { get; } = new(context.Target.Channel("payments"));

    public Metadata Officer => _officer;

    public async Task<Declaration> FileAsync(CancellationToken ct, System.DateTime? deadline = null, Date? presentedOn = null) =>
        (await Client.FileDeclarationAsync(Request(context.Settings.ItemsPerDeclaration, presentedOn), _declarant, deadline, ct)).Declaration;

    public async Task<Declaration> FileAndRegisterAsync(CancellationToken ct, System.DateTime? deadline = null, Date? presentedOn = null)
    {
        var filed = await FileAsync(ct, deadline, presentedOn);
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

    /// <summary>
    /// Declarations registered so far, and per service the events its outbox has written (and of them those still unpublished)
    /// and the messages its consumers have handled (inbox rows): what a declaration costs in messages.
    /// </summary>
    public async Task<MessageCounts> MessageCountsAsync()
    {
        long registered;
        await using (var connection = new NpgsqlConnection(await context.Target.ConnectionStringAsync("declarations-db")))
        {
            await connection.OpenAsync();
            await using var count = new NpgsqlCommand("select count(*) from declarations where registration_number is not null", connection);
            registered = (long)(await count.ExecuteScalarAsync())!;
        }

        var messages = new Dictionary<string, (long, long, long)>();
        foreach (var service in new[] { "declarations", "ipregister", "payments", "examination" })
        {
            await using var connection = new NpgsqlConnection(await context.Target.ConnectionStringAsync($"{service}-db"));
            await connection.OpenAsync();
            await using var count = new NpgsqlCommand("""
                select (select count(*) from outbox_messages), (select count(*) from outbox_messages where dispatched_at is null),
                       (select count(*) from inbox_messages)
                """, connection);
            await using var reader = await count.ExecuteReaderAsync();
            await reader.ReadAsync();
            messages[service] = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
        }

        return new(registered, messages);
    }

    /// <summary>Declarations Payments has assessed (first assessments) and those it recorded as not assessable, so far.</summary>
    public async Task<(long Assessed, long Unassessed)> AssessmentCountsAsync()
    {
        await using var connection = new NpgsqlConnection(await context.Target.ConnectionStringAsync("payments-db"));
        await using var count = new NpgsqlCommand(
            "select (select count(*) from assessments where version = 1), (select count(*) from unassessed_declarations)", connection);
        await connection.OpenAsync();
        await using var reader = await count.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>
    /// The declarant's bank pays what the declaration owes (its duties, taxes, fees and any penalty) into the payer's
    /// account, and the payer directs it to the declaration (Arts. 330, 332), as an officer at the cash desk may record.
    /// </summary>
    public async Task PayAsync(string declarationId, Date paidOn, CancellationToken ct)
    {
        var obligation = (await Payments.GetObligationAsync(new() { DeclarationId = declarationId }, _officer, cancellationToken: ct)).Obligation;
        var owed = Rub(obligation.Outstanding) + Rub(obligation.PenaltyToDate) + Rub(obligation.InterestToDate);
        var amount = new Money { CurrencyCode = "RUB", Units = (long)decimal.Truncate(owed), Nanos = (int)((owed - decimal.Truncate(owed)) * 1_000_000_000m) };
        await Payments.RecordPaymentAsync(new()
        {
            PaymentReference = $"bench-{Guid.NewGuid():N}", PayerTaxpayerNumber = "7707083893", Amount = amount, PaidOn = paidOn,
        }, _officer, cancellationToken: ct);
        await Payments.DirectAdvanceAsync(new() { DeclarationId = declarationId, PayerTaxpayerNumber = "7707083893", Amount = amount }, _officer, cancellationToken: ct);
    }

    /// <summary>
    /// Benchmark rates for today (Moscow), in the central bank's daily XML: 100 RUB per EUR and 130 per 10 CNY, as the whole-graph tests' rates (not the Bank's figures), so
    /// Payments can assess the day's declarations (Art. 326: the rate of the acceptance date). The same file again changes nothing.
    /// </summary>
    public async Task ImportTodaysRatesAsync()
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(System.DateTime.UtcNow, "Europe/Moscow"));
        var xml = $"""<ValCurs Date="{today:dd.MM.yyyy}" name="Foreign Currency Market"><Valute ID="R01239"><NumCode>978</NumCode><CharCode>EUR</CharCode><Nominal>1</Nominal><Name>Euro</Name><Value>100,0000</Value></Valute><Valute ID="R01375"><NumCode>156</NumCode><CharCode>CNY</CharCode><Nominal>10</Nominal><Name>Yuan</Name><Value>130,0000</Value></Valute></ValCurs>""";
        await Payments.ImportExchangeRatesAsync(new() { CbrXml = xml }, _officer);
    }

    private static decimal Rub(Money? money) => money is null ? 0 : money.Units + (money.Nanos / 1_000_000_000m);

    public static FileDeclarationRequest Request(int items, Date? presentedOn = null)
    {
        var request = new FileDeclarationRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            Kind = DeclarationKind.CommercialImport,
            Direction = MovementDirection.Import,
            CustomsOfficeCode = "10005020",
            Declarant = new Party { Kind = PartyKind.LegalPerson, Name = "Sberbank", TaxpayerNumber = "7707083893", Address = "Moscow, Vavilova 19", CountryCode = "RU" },
            PresentationDate = presentedOn ?? new Date { Year = 2026, Month = 3, Day = 2 },
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

/// <summary>Declarations registered, and per service its outbox's events (written, still unpublished) and its consumers' handled messages.</summary>
public sealed record MessageCounts(long Registered, IReadOnlyDictionary<string, (long Written, long Unpublished, long Handled)> Messages)
{
    /// <summary>Nothing left to publish, and nothing written or handled since <paramref name="earlier"/>.</summary>
    public bool QuietSince(MessageCounts earlier) =>
        Registered == earlier.Registered && Messages.All(m => m.Value.Unpublished == 0 && m.Value == earlier.Messages[m.Key]);

    /// <summary>Messages handled in all services since <paramref name="earlier"/>, per declaration registered meanwhile (0 if none was).</summary>
    public double HandledSince(MessageCounts earlier) =>
        Registered == earlier.Registered ? 0 : (double)Messages.Sum(m => m.Value.Handled - earlier.Messages[m.Key].Handled) / (Registered - earlier.Registered);
}
