using Aspire.Hosting;
using Customs.BuildingBlocks.Identity;
using Customs.Declarations.V1;
using Google.Type;
using Grpc.Core;
using Grpc.Net.Client;

namespace Customs.Suite.Tests.Declarations;

/// <summary>A declarant's and an officer's view of the Declarations service, and a filing that passes validation.</summary>
internal sealed class DeclarationCalls : IDisposable
{
    private readonly GrpcChannel _channel;
    private readonly DistributedApplication _app;

    public DeclarationCalls(GraphFixture graph)
    {
        _app = graph.App;
        _channel = graph.App.CreateGrpcChannel("declarations");
        Client = new DeclarationService.DeclarationServiceClient(_channel);
    }

    public DeclarationService.DeclarationServiceClient Client { get; }

    /// <summary>A declarant of its own, so each test counts only its own rows.</summary>
    public CallerIdentity Declarant { get; } = Callers.NewDeclarant();

    /// <summary>Who the service records as having filed: the declarant's taxpayer number.</summary>
    public string DeclarantId => Declarant.Subject;

    public Metadata AsDeclarant => _app.As(Declarant);

    /// <summary>
    /// The declaration once the IP register's screening outcome is recorded for every goods item (release waits for it,
    /// Art. 397(1)) and <paramref name="also"/> holds.
    /// </summary>
    public Task<Declaration> ScreenedAsync(string declarationId, Func<Declaration, bool>? also = null) =>
        Eventually.WaitAsync(
            async () => (await Client.GetDeclarationAsync(new GetDeclarationRequest { DeclarationId = declarationId }, AsOfficer())).Declaration,
            d => d.Items.All(i => i.IpScreening is not null) && (also is null || also(d)), TimeSpan.FromSeconds(30),
            $"the IP register's screening of every item of declaration {declarationId}");

    public Metadata AsOfficer(string officer = "officer-17", OfficerRole role = OfficerRole.Inspector) => _app.As(Callers.Officer(officer, role));

    public async Task<Declaration> GetAsync(string declarationId) =>
        (await Client.GetDeclarationAsync(new GetDeclarationRequest { DeclarationId = declarationId }, AsOfficer())).Declaration;

    /// <summary>The declaration once its release condition of <paramref name="kind"/> satisfies <paramref name="holds"/>.</summary>
    public Task<Declaration> ConditionAsync(string declarationId, ReleaseConditionKind kind, Func<ReleaseCondition, bool> holds, string what) =>
        Eventually.WaitAsync(() => GetAsync(declarationId),
            d => d.ReleaseConditions?.Conditions.FirstOrDefault(c => c.Kind == kind) is { } c && holds(c), TimeSpan.FromSeconds(60),
            $"{what} (declaration {declarationId})");

    /// <summary>The declaration once its goods are released (by an officer or automatically).</summary>
    public Task<Declaration> ReleasedAsync(string declarationId) =>
        Eventually.WaitAsync(() => GetAsync(declarationId), d => d.Status == DeclarationStatus.Released, TimeSpan.FromSeconds(60),
            $"the release of declaration {declarationId}");

    /// <summary>
    /// Pays what Payments says the declaration owes once it says so (the release condition waits for the payer): the
    /// declarant's bank transfer booked to its account and directed to the declaration at the cash desk (Arts. 330, 332).
    /// Returns the declaration once the payments no longer stand in the way of release. <paramref name="paidOn"/> is the
    /// services' day when unset (read from the IP register's clock: pass it while that service is stopped).
    /// </summary>
    public async Task<Declaration> PayAsync(string declarationId, DateOnly? paidOn = null)
    {
        var owing = await ConditionAsync(declarationId, ReleaseConditionKind.Payments, c => c.Met || c.WaitingFor == "payer", "Payments' assessment");
        if (!owing.ReleaseConditions.Conditions.Single(c => c.Kind == ReleaseConditionKind.Payments).Met)
        {
            await SendPaymentAsync(declarationId, owing.Declarant.TaxpayerNumber, paidOn ?? await _app.TodayAsync());
        }

        return await ConditionAsync(declarationId, ReleaseConditionKind.Payments, c => c.Met, "the payments condition met");
    }

    /// <summary>
    /// Pays to Payments what it says the declaration owes, as <see cref="PayAsync"/> does, without waiting for the news to
    /// reach Declarations (it travels as an event: a test may have stopped RabbitMQ).
    /// </summary>
    public async Task SendPaymentAsync(string declarationId, string payer, DateOnly paidOn)
    {
        using var payments = new Customs.Suite.Tests.Payments.PaymentsDriver(_app);
        var obligation = (await payments.Client.GetObligationAsync(new() { DeclarationId = declarationId }, payments.Inspector)).Obligation;
        var owed = Customs.Suite.Tests.Payments.PaymentsDriver.Rub(obligation.Outstanding)
            + Customs.Suite.Tests.Payments.PaymentsDriver.Rub(obligation.PenaltyToDate);
        var amount = Customs.Suite.Tests.Payments.PaymentsDriver.Amount(owed, "RUB");
        await payments.Client.RecordPaymentAsync(new()
        {
            PaymentReference = $"pay-{Guid.NewGuid():N}", PayerTaxpayerNumber = payer, Amount = amount,
            PaidOn = new Date { Year = paidOn.Year, Month = paidOn.Month, Day = paidOn.Day },
        }, payments.Inspector);
        await payments.Client.DirectAdvanceAsync(new() { DeclarationId = declarationId, PayerTaxpayerNumber = payer, Amount = amount }, payments.Inspector);
    }

    /// <summary>
    /// A commercial import presented on the services' day: its payment term (Art. 329(1)) has not run, and the test rates
    /// are imported for the day, so Payments can assess it (Art. 326: the rate of the acceptance date).
    /// </summary>
    public async Task<FileDeclarationRequest> CommercialImportPresentedTodayAsync()
    {
        var request = CommercialImport();
        using (var payments = new Customs.Suite.Tests.Payments.PaymentsDriver(_app))
        {
            await Customs.Suite.Tests.Payments.TodaysTestRates.ImportAsync(_app, payments);
        }

        var today = await _app.TodayAsync();
        request.PresentationDate = new Date { Year = today.Year, Month = today.Month, Day = today.Day };
        return request;
    }

    public static FileDeclarationRequest CommercialImport(string? requestId = null)
    {
        var request = new FileDeclarationRequest
        {
            RequestId = requestId ?? Guid.NewGuid().ToString(),
            Kind = DeclarationKind.CommercialImport,
            Direction = MovementDirection.Import,
            CustomsOfficeCode = "10005020",
            Declarant = new Party
            {
                Kind = PartyKind.LegalPerson, Name = "Sberbank", TaxpayerNumber = "7707083893", Address = "Moscow, Vavilova 19", CountryCode = "RU",
            },
            PresentationDate = new Date { Year = 2026, Month = 3, Day = 2 },
            PresentationPlace = "Sheremetyevo cargo terminal",
        };
        request.Items.Add(new GoodsItem
        {
            Description = "Men's cotton trousers",
            TariffCode = "6203423100",
            Brand = "Acme",
            OriginCountryCode = "IT",
            Quantity = WireDecimals.Dec(120),
            Unit = "pcs",
            GrossWeightKg = WireDecimals.Dec(65.5m),
            NetWeightKg = WireDecimals.Dec(60),
            InvoiceValue = new Money { CurrencyCode = "EUR", Units = 4800 },
            CustomsValue = new Money { CurrencyCode = "EUR", Units = 5100 },
            CustomsValueMethod = 1,
            IntendedUse = IntendedUse.Commercial,
        });
        return request;
    }

    /// <summary>The status a call ends with (OK, or the RpcException's).</summary>
    public static async Task<StatusCode> Outcome(Task call)
    {
        try
        {
            await call;
            return StatusCode.OK;
        }
        catch (RpcException ex)
        {
            return ex.StatusCode;
        }
    }

    public void Dispose() => _channel.Dispose();
}
