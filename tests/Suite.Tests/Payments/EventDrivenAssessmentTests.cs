using Customs.Declarations.V1;
using Dapper;
using Google.Type;
using static Customs.Suite.Tests.Payments.PaymentsDriver;
using Assessment = Customs.Payments.V1.Assessment;

namespace Customs.Suite.Tests.Payments;

/// <summary>
/// Payments assesses on the Declarations service's events: a registered declaration is assessed at the rates of its
/// acceptance date, a quantity customs established is reassessed with the difference, each announced through the outbox.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class EventDrivenAssessmentTests(GraphFixture graph)
{
    internal static FileDeclarationRequest LuggageWithWine(decimal litres)
    {
        var request = DeclarationsAskPaymentsTests.LuggageInYuan(1);
        request.Items[0] = new GoodsItem
        {
            Description = "red wine", TariffCode = "2204210000", OriginCountryCode = "FR", Quantity = WireDecimals.Dec(litres), Unit = "l",
            GrossWeightKg = WireDecimals.Dec(6), InvoiceValue = new Money { CurrencyCode = "EUR", Units = 100 }, IntendedUse = IntendedUse.Personal,
        };
        return request;
    }

    internal static async Task<Assessment> AssessmentAsync(PaymentsDriver payments, string declarationId, int version) => (await Eventually.WaitAsync<Assessment?>(async () =>
    {
        try
        {
            return (await payments.Client.GetAssessmentAsync(new() { DeclarationId = declarationId }, payments.DeclarationsService)).Assessment;
        }
        catch (Grpc.Core.RpcException e) when (e.StatusCode == Grpc.Core.StatusCode.NotFound)
        {
            return null;
        }
    }, a => a?.Version >= version, TimeSpan.FromSeconds(60), $"version {version} of the assessment of {declarationId}"))!;

    [Fact]
    public async Task A_registered_declaration_is_assessed_and_a_quantity_established_by_customs_is_reassessed_with_the_difference()
    {
        using var payments = new PaymentsDriver(graph.App);
        using var declarations = new Declarations.DeclarationCalls(graph);
        var today = await TodaysTestRates.ImportAsync(graph.App, payments);

        var filed = (await declarations.Client.FileDeclarationAsync(LuggageWithWine(4), declarations.AsDeclarant)).Declaration;
        var registered = (await declarations.Client.RegisterDeclarationAsync(
            new RegisterDeclarationRequest { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version }, declarations.AsOfficer())).Declaration;

        // Memo, duties 4: 4 l of wine, 1 l over 3 l at 10 EUR = 10 EUR, at 100 RUB/EUR set for the acceptance date = 1,000.00 RUB.
        var assessed = await AssessmentAsync(payments, filed.DeclarationId, 1);
        Assert.Equal((1_000.00m, today.Day), (Rub(assessed.Total), assessed.AcceptanceDate.Day));
        Assert.Equal(TodaysTestRates.RublesPerEuro, decimal.Parse(assessed.ExchangeRates["EUR"].Value, System.Globalization.CultureInfo.InvariantCulture));

        // Customs finds 5 l: 2 l over 3 l = 20 EUR = 2,000.00 RUB; 1,000.00 RUB more to pay.
        await declarations.Client.EstablishQuantityAsync(new EstablishQuantityRequest
        {
            DeclarationId = filed.DeclarationId, ExpectedVersion = registered.Version, ItemNumber = 1, EstablishedQuantity = WireDecimals.Dec(5),
            ControlForm = ControlForm.Examination,
        }, declarations.AsOfficer());
        var reassessed = await AssessmentAsync(payments, filed.DeclarationId, 2);

        Assert.Equal(2_000.00m, Rub(reassessed.Total));
        await using var db = await graph.App.CreateDataSourceAsync("payments-db");
        await using (var connection = await db.OpenConnectionAsync())
        {
            Assert.Contains("established 5 l", await connection.ExecuteScalarAsync<string>(
                "select reason from assessments where declaration_id = @id and version = 2", new { id = filed.DeclarationId }));
        }

        await Eventually.WaitAsync(async () =>
        {
            await using var connection = await db.OpenConnectionAsync();
            return await connection.ExecuteScalarAsync<bool>("""
                select count(*) filter (where message_type = 'Customs.Payments.Contracts.AssessmentMade') = 1
                   and count(*) filter (where message_type = 'Customs.Payments.Contracts.AssessmentRevised' and (payload ->> 'differenceRub')::numeric = 1000) = 1
                from outbox_messages where payload ->> 'declarationId' = @id and dispatched_at is not null
                """, new { id = filed.DeclarationId });
        }, TimeSpan.FromSeconds(30), "AssessmentMade and AssessmentRevised (+1,000.00) published once each");
    }

    [Fact]
    public async Task A_registered_declaration_the_loaded_data_cannot_assess_is_recorded_with_the_reason_not_guessed()
    {
        using var payments = new PaymentsDriver(graph.App);
        using var declarations = new Declarations.DeclarationCalls(graph);
        await TodaysTestRates.ImportAsync(graph.App, payments);

        // Goods valued in USD: no USD rate is in force on the services' day in the test graph (Art. 326).
        var request = DeclarationsAskPaymentsTests.LuggageInYuan(1);
        request.Items[0].InvoiceValue = new Money { CurrencyCode = "USD", Units = 300 };
        var filed = (await declarations.Client.FileDeclarationAsync(request, declarations.AsDeclarant)).Declaration;
        await declarations.Client.RegisterDeclarationAsync(
            new RegisterDeclarationRequest { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version }, declarations.AsOfficer());

        await using var db = await graph.App.CreateDataSourceAsync("payments-db");
        var reason = await Eventually.WaitAsync(async () =>
        {
            await using var connection = await db.OpenConnectionAsync();
            return await connection.ExecuteScalarAsync<string?>(
                "select reason from unassessed_declarations where declaration_id = @id", new { id = filed.DeclarationId });
        }, r => r is not null, TimeSpan.FromSeconds(60), "the declaration recorded as unassessed");
        Assert.Equal("EXCHANGE_RATE_NOT_SET", reason);
        await using var check = await db.OpenConnectionAsync();
        Assert.Equal(0, await check.ExecuteScalarAsync<int>("select count(*) from assessments where declaration_id = @id", new { id = filed.DeclarationId }));
    }
}
