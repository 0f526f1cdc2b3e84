using Aspire.Hosting.Testing;
using Customs.Declarations.V1;
using Customs.Suite.Tests.Declarations;
using Google.Rpc;
using Google.Type;
using Grpc.Core;
using StackExchange.Redis;
using static Customs.Suite.Tests.Payments.PaymentsDriver;

namespace Customs.Suite.Tests.Payments;

/// <summary>
/// A passenger's export of goods for personal use across the graph. The memo (FCS letter 04-30/60671 of 12.12.2011): "No
/// customs duties, flat rates taxes and cumulative customs duties are imposed on goods for personal use exported by
/// individuals from the customs territory of the Customs Union", but "The following goods may not be classified as goods
/// for personal use: ... 2) exported goods subject to export customs duties" (a commercial export, due the day of the
/// declaration, Art. 329(2)). Declarations reads the export tariff's lines of the day from Payments (the SAMPLE
/// export-tariff.json: 4403 wood in the rough, open-ended, so never cached).
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class PersonalUseExportTests(GraphFixture graph)
{
    private static FileDeclarationRequest ExportLuggage(DateOnly today, params GoodsItem[] items)
    {
        var request = new FileDeclarationRequest
        {
            RequestId = Guid.NewGuid().ToString(), Kind = DeclarationKind.PassengerAccompaniedLuggage, Direction = MovementDirection.Export,
            CustomsOfficeCode = "10005020",
            Declarant = new Party { Kind = PartyKind.NaturalPerson, Name = "Ivan Petrov", Address = "Moscow, Tverskaya 1", CountryCode = "RU" },
            PresentationDate = new Date { Year = today.Year, Month = today.Month, Day = today.Day }, PresentationPlace = "Sheremetyevo, terminal F, departures",
        };
        request.Items.AddRange(items);
        return request;
    }

    private static GoodsItem Goods(string description, string tariffCode, decimal quantity, string unit, long valueEur, decimal grossKg) => new()
    {
        Description = description, TariffCode = tariffCode, OriginCountryCode = "RU", Quantity = WireDecimals.Dec(quantity), Unit = unit,
        GrossWeightKg = WireDecimals.Dec(grossKg), InvoiceValue = new Money { CurrencyCode = "EUR", Units = valueEur }, IntendedUse = IntendedUse.Personal,
    };

    [Fact]
    public async Task A_passengers_export_of_an_item_with_an_export_duty_code_is_refused_at_filing_and_nothing_is_stored()
    {
        using var payments = new PaymentsDriver(graph.App);
        using var declarations = new DeclarationCalls(graph);
        var today = await TodaysTestRates.ImportAsync(graph.App, payments);
        // Item 1, a coat (6201: no export line), may go; item 2, 0.5 m3 of oak logs (4403 91: the export line 4403), may not.
        var request = ExportLuggage(today, Goods("wool coat", "6201110000", 1, "pcs", 400, 2), Goods("oak logs", "4403910000", 0.5m, "m3", 300, 350));

        var refused = await Assert.ThrowsAsync<RpcException>(() => declarations.Client.FileDeclarationAsync(request, declarations.AsDeclarant).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        var violation = Assert.Single(refused.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations);
        Assert.Equal("items[1].tariff_code", violation.Field);
        Assert.StartsWith("Memo: exported goods subject to export customs duties may not be classified as goods for personal use (item 2, code 4403910000: export duty line 4403",
            violation.Description);
        Assert.Empty((await declarations.Client.ListDeclarationsAsync(new ListDeclarationsRequest(), declarations.AsDeclarant)).Declarations);

        // What Declarations read: Payments' lines of the day, with their legal reference, not final (open-ended), so not cached.
        var reference = await payments.Client.GetPersonalUseReferenceAsync(
            new() { On = new Date { Year = today.Year, Month = today.Month, Day = today.Day } }, payments.DeclarationsService);
        Assert.Equal(["1001", "4403", "7204"], reference.ExportDutyLines.Select(l => l.CodePrefix));
        Assert.Contains("heading 4403", reference.ExportDutyLines[1].LegalReference);
        Assert.False(reference.ExportDutyLinesFinal);
        await using var redis = await ConnectionMultiplexer.ConnectAsync((await graph.App.GetConnectionStringAsync("redis"))!);
        Assert.False(await redis.GetDatabase().KeyExistsAsync($"declarations:payments:export-duty-lines:{today:yyyy-MM-dd}"));
    }

    [Fact]
    public async Task An_allowed_passenger_export_is_released_with_an_obligation_of_0()
    {
        using var payments = new PaymentsDriver(graph.App);
        using var declarations = new DeclarationCalls(graph);
        var today = await TodaysTestRates.ImportAsync(graph.App, payments);
        // A coat worth 12,000 EUR: over the import allowance of 10,000 EUR, which an export does not have; no export line for 6201.
        var filed = (await declarations.Client.FileDeclarationAsync(
            ExportLuggage(today, Goods("fur coat", "6201110000", 1, "pcs", 12_000, 3)), declarations.AsDeclarant)).Declaration;
        await declarations.Client.RegisterDeclarationAsync(new() { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version }, declarations.AsOfficer());

        var assessment = await EventDrivenAssessmentTests.AssessmentAsync(payments, filed.DeclarationId, 1);
        var obligation = (await payments.Client.GetObligationAsync(new() { DeclarationId = filed.DeclarationId }, payments.Inspector)).Obligation;
        var paymentsCondition = await declarations.ConditionAsync(filed.DeclarationId, ReleaseConditionKind.Payments, c => c.Met, "nothing to pay");
        var released = await declarations.ReleasedAsync(filed.DeclarationId);

        Assert.Equal(Customs.Payments.V1.DeclarationKind.PersonalExport, assessment.Kind);
        Assert.Equal(0m, Rub(assessment.Total));
        var figure = Assert.Single(assessment.Items.Single().Figures);
        Assert.Equal((Customs.Payments.V1.FigureKind.Exemption, 0m), (figure.Kind, Rub(figure.Amount)));
        Assert.StartsWith("nothing_due: the memo, \"No customs duties, flat rates taxes and cumulative customs duties are imposed on goods for personal use exported by individuals",
            figure.Trace.Rule);
        // Art. 329(2): an export's term is the day of the declaration.
        Assert.Equal((0m, today.Year, today.Month, today.Day), (Rub(obligation.Assessed), obligation.DueDate.Year, obligation.DueDate.Month, obligation.DueDate.Day));
        Assert.Equal("nothing to pay on this declaration", paymentsCondition.ReleaseConditions.Conditions.Single(c => c.Kind == ReleaseConditionKind.Payments).Note);
        Assert.Equal(DeclarationStatus.Released, released.Status);
    }

    [Fact]
    public async Task A_parcel_of_goods_for_personal_use_sent_abroad_is_released_with_an_obligation_of_0_as_a_reading_of_the_memo()
    {
        // The seeds have no article on exports by international mail: the memo's rule for individuals is applied to the parcel.
        using var payments = new PaymentsDriver(graph.App);
        using var declarations = new DeclarationCalls(graph);
        var today = await TodaysTestRates.ImportAsync(graph.App, payments);
        var parcel = new FileDeclarationRequest
        {
            RequestId = Guid.NewGuid().ToString(), Kind = DeclarationKind.InternationalPostalItem, Direction = MovementDirection.Export,
            CustomsOfficeCode = "10005020",
            Declarant = new Party { Kind = PartyKind.LegalPerson, Name = "Russian Post", TaxpayerNumber = "7724490000", Address = "Moscow, Varshavskoe 37", CountryCode = "RU" },
            Recipient = new Party { Kind = PartyKind.NaturalPerson, Name = "Anna Schmidt", Address = "Berlin, Unter den Linden 5", CountryCode = "DE" },
            PresentationDate = new Date { Year = today.Year, Month = today.Month, Day = today.Day }, PresentationPlace = "Moscow international post office",
        };
        parcel.Items.Add(Goods("books", "4901990000", 3, "pcs", 60, 2));
        var filed = (await declarations.Client.FileDeclarationAsync(parcel, declarations.AsDeclarant)).Declaration;
        await declarations.Client.RegisterDeclarationAsync(new() { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version }, declarations.AsOfficer());

        var assessment = await EventDrivenAssessmentTests.AssessmentAsync(payments, filed.DeclarationId, 1);
        var released = await declarations.ReleasedAsync(filed.DeclarationId);

        Assert.Equal((Customs.Payments.V1.DeclarationKind.PersonalExport, 0m), (assessment.Kind, Rub(assessment.Total)));
        Assert.Contains("a reading of the memo", assessment.Items.Single().Figures.Single().Trace.Rule);
        Assert.Contains(released.ReleaseConditions.Conditions, c => c.Kind == ReleaseConditionKind.Payments && c.Note == "nothing to pay on this declaration");
    }
}
