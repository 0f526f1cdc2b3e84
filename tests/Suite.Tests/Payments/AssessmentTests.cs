using Customs.Payments.V1;
using Dapper;
using Google.Rpc;
using Grpc.Core;
using static Customs.Suite.Tests.Payments.PaymentsDriver;

namespace Customs.Suite.Tests.Payments;

/// <summary>
/// AssessDeclaration, GetAssessment and ReassessDeclaration against the running graph (PostgreSQL, RabbitMQ), with the
/// shipped central bank rates: 93.1608 RUB/EUR set for 04.04.2025. Figures are worked by hand in tests/Payments.Tests.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class AssessmentTests(GraphFixture graph)
{
    [Fact]
    public async Task A_commercial_declaration_is_assessed_once_with_a_trace_per_figure_and_its_event_is_published()
    {
        using var payments = new PaymentsDriver(graph.App);
        var id = NewId("commercial");

        // 100 pairs of leather shoes, 1,000.00 EUR: the combined rate's specific part (23,290.20) is higher than 10% (9,316.08);
        // VAT 23,290.20; customs fee 775. Total 47,355.40.
        var assessed = (await payments.Client.AssessDeclarationAsync(new()
        {
            CustomsOfficeCode = Sheremetyevo, DeclarationId = id, Kind = DeclarationKind.Commercial, AcceptanceDate = Day(2025, 4, 4), Items = { Item(1, "6403990000", 1_000m, quantity: 100) },
        }, payments.DeclarationsService)).Assessment;

        Assert.Equal(47_355.40m, Rub(assessed.Total));
        var duty = assessed.Items.Single().Figures.Single(f => f.Kind == FigureKind.ImportDuty);
        Assert.Equal(23_290.20m, Rub(duty.Amount));
        Assert.Contains("the specific part, applies", duty.Trace.Rule);
        Assert.All(assessed.Items.Single().Figures.Concat(assessed.DeclarationFigures), f =>
            Assert.True(f.Trace.Base.Length > 0 && f.Trace.Rate.Length > 0 && f.Trace.LegalReference.Length > 0 && f.Trace.Rounding.Length > 0, f.ToString()));
        Assert.Equal("93.1608", assessed.ExchangeRates["EUR"].Value);

        var read = (await payments.Client.GetAssessmentAsync(new() { DeclarationId = id }, payments.Inspector)).Assessment;
        Assert.Equal(assessed, read);

        var again = await Assert.ThrowsAsync<RpcException>(() => payments.Client.AssessDeclarationAsync(new()
        {
            CustomsOfficeCode = Sheremetyevo, DeclarationId = id, Kind = DeclarationKind.Commercial, AcceptanceDate = Day(2025, 4, 4), Items = { Item(1, "6403990000", 1m, quantity: 1) },
        }, payments.Inspector).ResponseAsync);
        Assert.Equal(StatusCode.AlreadyExists, again.StatusCode);
        Assert.Equal("ASSESSMENT_EXISTS", again.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);

        await using var db = await graph.App.CreateDataSourceAsync("payments-db");
        await Eventually.WaitAsync(async () =>
        {
            await using var connection = await db.OpenConnectionAsync();
            return await connection.ExecuteScalarAsync<bool>("""
                select exists (select 1 from outbox_messages where message_type = 'Customs.Payments.Contracts.AssessmentMade'
                               and payload ->> 'declarationId' = @id and dispatched_at is not null)
                """, new { id });
        }, TimeSpan.FromSeconds(30), "AssessmentMade published to RabbitMQ");
    }

    [Fact]
    public async Task A_passenger_over_both_allowances_pays_the_flat_rate_in_euros_and_roubles()
    {
        using var payments = new PaymentsDriver(graph.App);

        // 12,000 EUR and 80 kg: the larger part over, 3/8 by weight (4,500 EUR, 30 kg), at 30% = 1,350.00 EUR = 125,767.08 RUB.
        var assessed = (await payments.Client.AssessDeclarationAsync(new()
        {
            CustomsOfficeCode = Sheremetyevo, DeclarationId = NewId("passenger"), Kind = DeclarationKind.Passenger, AcceptanceDate = Day(2025, 4, 4),
            Items = { Item(1, "8471300000", 8_000m, kg: 30), Item(2, "9403600000", 4_000m, kg: 50) },
        }, payments.Inspector)).Assessment;

        var flat = assessed.DeclarationFigures.Single(f => f.Kind == FigureKind.FlatRate);
        Assert.Equal((1_350L, 0), (flat.AmountInEuros.Units, flat.AmountInEuros.Nanos));
        Assert.Equal(125_767.08m, Rub(flat.Amount));
        Assert.Equal(125_767.08m, Rub(assessed.Total));
    }

    [Fact]
    public async Task A_recipients_week_is_counted_across_declarations_and_the_third_parcel_crossing_5000_roubles_is_assessed()
    {
        using var payments = new PaymentsDriver(graph.App);
        var recipient = NewId("recipient");
        var totals = new List<decimal>();

        // Art. 319(2)[2]: 1,800 (Monday), 1,700 (Wednesday), 1,900 (Friday) RUB to one recipient in the week of 07.04.2025:
        // 5,400 > 5,000 on the third. Toys at 7.5%: duty 142.50, VAT 20% of 2,042.50 = 408.50.
        foreach (var (day, value) in new[] { (7, 1_800m), (9, 1_700m), (11, 1_900m) })
        {
            var assessed = (await payments.Client.AssessDeclarationAsync(new()
            {
                CustomsOfficeCode = Sheremetyevo, DeclarationId = NewId("parcel"), Kind = DeclarationKind.Postal, AcceptanceDate = Day(2025, 4, day), RecipientId = recipient,
                Items = { Item(1, "9503000000", value, currency: "RUB") },
            }, payments.DeclarationsService)).Assessment;
            totals.Add(Rub(assessed.Total));
        }

        Assert.Equal([0m, 0m, 551.00m], totals);
    }

    [Fact]
    public async Task A_reassessment_on_an_established_quantity_keeps_the_rates_of_acceptance_and_gives_the_difference()
    {
        using var payments = new PaymentsDriver(graph.App);
        var id = NewId("reassessed");
        var first = (await payments.Client.AssessDeclarationAsync(new()
        {
            CustomsOfficeCode = Sheremetyevo, DeclarationId = id, Kind = DeclarationKind.Commercial, AcceptanceDate = Day(2025, 4, 8), Items = { Item(1, "6403990000", 1_000m, quantity: 100) },
        }, payments.Inspector)).Assessment;

        // Accepted on 08.04.2025 at the rate set for 04.04 (93.1608). A rate for 08.04 imported afterwards (a test figure,
        // not the Bank's) changes what GetExchangeRate answers for that day, never the assessment (Arts. 325(1), 326).
        await payments.Client.ImportExchangeRatesAsync(new()
        {
            CbrXml = """<ValCurs Date="08.04.2025"><Valute><CharCode>EUR</CharCode><Nominal>1</Nominal><Value>95,0000</Value></Valute></ValCurs>""",
        }, payments.Inspector);
        // 200 pairs established: duty 2.5 x 200 = 500 EUR = 46,580.40; VAT 20% of (93,160.80 + 46,580.40) = 27,948.24; fee 775.
        // Total 75,303.64; the difference to pay 75,303.64 - 47,355.40 = 27,948.24.
        var revised = await payments.Client.ReassessDeclarationAsync(new()
        {
            DeclarationId = id, ExpectedVersion = first.Version, Items = { Item(1, "6403990000", 1_000m, quantity: 200) },
            Reason = "Act of examination: 200 pairs",
        }, payments.Inspector);

        Assert.Equal(47_355.40m, Rub(first.Total));
        Assert.Equal((2, 75_303.64m, 27_948.24m), (revised.Assessment.Version, Rub(revised.Assessment.Total), Rub(revised.Difference)));
        Assert.Equal("93.1608", revised.Assessment.ExchangeRates["EUR"].Value);
        var now = await payments.Client.GetExchangeRateAsync(new() { CurrencyCode = "EUR", On = Day(2025, 4, 8) }, payments.Declarant);
        Assert.Equal("95.0000", now.Value.Value);

        var stale = await Assert.ThrowsAsync<RpcException>(() => payments.Client.ReassessDeclarationAsync(new()
        {
            DeclarationId = id, ExpectedVersion = 1, Items = { Item(1, "6403990000", 1_000m, quantity: 300) }, Reason = "late",
        }, payments.Inspector).ResponseAsync);
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
    }

    [Fact]
    public async Task A_malformed_assessment_request_names_every_bad_field_and_stores_nothing()
    {
        using var payments = new PaymentsDriver(graph.App);
        var id = NewId("malformed");

        var error = await Assert.ThrowsAsync<RpcException>(() => payments.Client.AssessDeclarationAsync(new()
        {
            CustomsOfficeCode = Sheremetyevo, DeclarationId = id, Kind = DeclarationKind.Postal, AcceptanceDate = Day(2025, 4, 4),
            Items = { Item(1, "95a3", 10.005m, "EUR"), Item(1, "9503000000", 1m) },
        }, payments.Inspector).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(["items[0].customs_value", "items[0].tariff_code", "items[1].item_number", "recipient_id"],
            error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).Order());
        var missing = await Assert.ThrowsAsync<RpcException>(() => payments.Client.GetAssessmentAsync(new() { DeclarationId = id }, payments.Inspector).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
    }
}
