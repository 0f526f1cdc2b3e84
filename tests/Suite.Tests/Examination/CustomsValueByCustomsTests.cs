using System.Globalization;
using Customs.Declarations.V1;
using Customs.Examination.V1;
using Customs.Suite.Tests.Declarations;
using Customs.Suite.Tests.Payments;
using Dapper;
using Google.Rpc;
using Google.Type;
using Grpc.Core;
using static Customs.Suite.Tests.Payments.PaymentsDriver;
using DeclarationsGoodsItem = Customs.Declarations.V1.GoodsItem;
using ItemFinding = Customs.Examination.V1.ItemFinding;
using Lane = Customs.Examination.V1.Lane;

namespace Customs.Suite.Tests.Examination;

/// <summary>
/// A customs value customs determines (Art. 323(7)) and the samples it keeps (Art. 383(4)) travel as the established quantity
/// does: from a red-lane examination and an expert analysis to the Declarations service, and Payments reassesses on the new
/// value at the rates of the acceptance date (Art. 326), never at a rate set after acceptance. The examination's extension of
/// its term (Art. 359(2)) is the declaration's.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class CustomsValueByCustomsTests(GraphFixture graph)
{
    // Norwegian kroner: no other test imports them, so the two days' rates below are this test's alone.
    private static string NokRates(DateOnly day, string value) =>
        $"""<ValCurs Date="{day:dd.MM.yyyy}" name="Foreign Currency Market"><Valute ID="R01535"><NumCode>578</NumCode><CharCode>NOK</CharCode><Nominal>10</Nominal><Name>Norwegian krone</Name><Value>{value}</Value></Valute></ValCurs>""";

    [Fact]
    public async Task A_value_customs_determines_on_an_examination_and_a_sample_it_keeps_are_reassessed_at_the_rate_of_acceptance()
    {
        using var examination = new ExaminationDriver(graph);
        using var declarations = new DeclarationCalls(graph);
        using var payments = new PaymentsDriver(graph.App);
        using var channel = graph.App.CreateGrpcChannel("examination");
        var experts = new ExpertAnalysisService.ExpertAnalysisServiceClient(channel);
        var today = await TodaysTestRates.ImportAsync(graph.App, payments);
        await payments.Client.ImportExchangeRatesAsync(new() { CbrXml = NokRates(today, "80,0000") }, payments.Inspector);
        var brand = $"Optik-{Guid.NewGuid():N}"[..22];
        await examination.Risk.CreateRiskProfileAsync(new CreateRiskProfileRequest { Profile = ExaminationDriver.RedForBrand(brand, "9002") }, examination.AsAnalyst);

        // Memo, duties 1: 150,000 NOK at 8 RUB = 1,200,000.00 RUB = 12,000 EUR at 100 RUB; 30% of the 2,000 EUR over 10,000 EUR =
        // 600 EUR = 60,000.00 RUB (4 EUR per kg of the part's 5/6 kg is less).
        var filing = DeclarationsAskPaymentsTests.LuggageInYuan(1);
        filing.Items[0] = new DeclarationsGoodsItem
        {
            Description = "camera lenses", TariffCode = "9002119000", Brand = brand, OriginCountryCode = "JP", Quantity = WireDecimals.Dec(4), Unit = "pcs",
            GrossWeightKg = WireDecimals.Dec(5), InvoiceValue = new Money { CurrencyCode = "NOK", Units = 150_000 }, IntendedUse = IntendedUse.Personal,
        };
        var filed = (await declarations.Client.FileDeclarationAsync(filing, declarations.AsDeclarant)).Declaration;
        await declarations.Client.RegisterDeclarationAsync(new() { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version }, declarations.AsOfficer());
        Assert.Equal(Lane.Red, (await examination.DecisionAsync(filed.DeclarationId)).Lane);
        var first = await EventDrivenAssessmentTests.AssessmentAsync(payments, filed.DeclarationId, 1);
        Assert.Equal(60_000.00m, Rub(first.Total));

        // The central bank sets another NOK rate for the next day: it is not the rate of the acceptance date (Art. 326).
        await payments.Client.ImportExchangeRatesAsync(new() { CbrXml = NokRates(today.AddDays(1), "95,0000") }, payments.Inspector);

        var opened = (await examination.Examinations.OpenExaminationAsync(new OpenExaminationRequest
        {
            DeclarationId = filed.DeclarationId, Kind = ExaminationKind.Examination,
        }, examination.AsOfficer)).Examination;
        var establish = new EstablishCustomsValueRequest
        {
            ExaminationId = opened.ExaminationId, ItemNumber = 1, CustomsValue = new Money { CurrencyCode = "NOK", Units = 200_000 }, ValuationMethod = 3,
            DecisionReference = $"decision {brand}", Grounds = "the lenses found are a newer model than invoiced; the price of identical goods applies",
        };
        var early = await Assert.ThrowsAsync<RpcException>(() => examination.Examinations.EstablishCustomsValueAsync(establish, examination.AsOfficer).ResponseAsync);
        Assert.Equal((StatusCode.FailedPrecondition, "EXAMINATION_NOT_COMPLETED"), (early.StatusCode, early.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason));

        // Art. 359(2): an extension of the examination extends the declaration's check by the same working days.
        var extended = (await examination.Examinations.ExtendExaminationTermAsync(new ExtendExaminationTermRequest
        {
            ExaminationId = opened.ExaminationId, Ground = ExtensionGround.PackingAndMarkingNotStated, WorkingDays = 2,
            Circumstances = "the packing list does not say which box holds which lens",
        }, examination.AsOfficer)).Examination;
        Assert.NotEqual(opened.DueOn, extended.DueOn);
        var followed = await Eventually.WaitAsync(
            async () => (await declarations.Client.GetDeclarationAsync(new() { DeclarationId = filed.DeclarationId }, declarations.AsOfficer())).Declaration,
            d => d.ControlTermExtensions.Count == 1, TimeSpan.FromSeconds(60), "the examination's extension in Declarations");
        Assert.Equal(extended.DueOn, followed.ControlDeadline);

        await examination.Examinations.RecordFindingAsync(new RecordFindingRequest
        {
            ExaminationId = opened.ExaminationId,
            Finding = new ItemFinding { ItemNumber = 1, QuantityFound = WireDecimals.Dec(4), Description = "four lenses, model 2026", Discrepancies = { "newer model than invoiced" } },
        }, examination.AsOfficer);
        await examination.Examinations.CompleteExaminationAsync(new CompleteExaminationRequest
        {
            ExaminationId = opened.ExaminationId, Attendees = { new Person { Name = "Ivan Petrov", Capacity = "declarant", Document = "passport" } },
            Results = "the lenses are of a newer model than invoiced",
        }, examination.AsOfficer);
        var decision = (await examination.Examinations.EstablishCustomsValueAsync(establish, examination.AsOfficer)).Decision;
        Assert.Equal((filed.DeclarationId, opened.ExaminationId, 3), (decision.DeclarationId, decision.ExaminationId, decision.ValuationMethod));

        // Art. 323(7) in Declarations beside the declared value; Payments: 200,000 NOK at the acceptance date's 8 RUB = 1,600,000.00 RUB
        // = 16,000 EUR; 30% of 6,000 EUR = 1,800 EUR = 180,000.00 RUB (at the next day's 9.5 RUB it would be 270,000.00 RUB).
        var recorded = await Eventually.WaitAsync(
            async () => (await declarations.Client.GetDeclarationAsync(new() { DeclarationId = filed.DeclarationId }, declarations.AsOfficer())).Declaration,
            d => d.Items[0].EstablishedCustomsValue is not null, TimeSpan.FromSeconds(60), "the customs value established in Declarations");
        Assert.Equal(("NOK", 200_000L, 3), (recorded.Items[0].EstablishedCustomsValue.CurrencyCode, recorded.Items[0].EstablishedCustomsValue.Units,
            recorded.Items[0].EstablishedValuationMethod));
        Assert.Equal(150_000L, recorded.Items[0].InvoiceValue.Units);
        var second = await EventDrivenAssessmentTests.AssessmentAsync(payments, filed.DeclarationId, 2);
        Assert.Equal(180_000.00m, Rub(second.Total));
        Assert.Equal(Dec(first.ExchangeRates["NOK"]), Dec(second.ExchangeRates["NOK"]));
        Assert.Equal(8m, Dec(second.ExchangeRates["NOK"]));

        // Art. 383(4): a lens taken as a sample (400,000.00 RUB) and kept by customs reduces the value to 1,200,000.00 RUB = 12,000 EUR:
        // 600 EUR = 60,000.00 RUB, 120,000.00 RUB less than the last assessment.
        var analysis = await OrderAnalysisAsync(experts, filed.DeclarationId, today);
        await experts.SubmitConclusionAsync(new SubmitConclusionRequest
        {
            AnalysisId = analysis.AnalysisId, SignedBy = { "A. Sidorov" }, Place = "Moscow", ConductedFrom = analysis.OrderedOn, ConductedTo = analysis.OrderedOn,
            Methods = "optical bench", Findings = "model 2026 coatings", Conclusions = "the lenses are model 2026", Clear = true,
        }, graph.App.As(Callers.Expert));
        await experts.TakeSampleAsync(new TakeSampleRequest
        {
            AnalysisId = analysis.AnalysisId, ItemNumber = 1, Quantity = WireDecimals.Dec(1), CustomsValue = new Money { CurrencyCode = "RUB", Units = 400_000 },
            DeclarantPresent = true, RecordReference = $"sampling record {brand}",
        }, examination.AsOfficer);
        await experts.DisposeOfSampleAsync(new DisposeOfSampleRequest
        {
            AnalysisId = analysis.AnalysisId, SampleNumber = 1, Disposition = SampleDisposition.KeptByCustoms,
        }, examination.AsOfficer);

        var reduced = await Eventually.WaitAsync(
            async () => (await declarations.Client.GetDeclarationAsync(new() { DeclarationId = filed.DeclarationId }, declarations.AsOfficer())).Declaration,
            d => d.Items[0].KeptSamplesValue is not null, TimeSpan.FromSeconds(60), "the kept sample's value in Declarations");
        Assert.Equal(("RUB", 400_000L), (reduced.Items[0].KeptSamplesValue.CurrencyCode, reduced.Items[0].KeptSamplesValue.Units));
        var third = await EventDrivenAssessmentTests.AssessmentAsync(payments, filed.DeclarationId, 3);
        Assert.Equal(60_000.00m, Rub(third.Total));
        Assert.Equal(1_200_000.00m, Rub(third.Items[0].Figures[0].Amount));

        await using var db = await graph.App.CreateDataSourceAsync("payments-db");
        await Eventually.WaitAsync(async () =>
        {
            await using var connection = await db.OpenConnectionAsync();
            return await connection.ExecuteScalarAsync<bool>("""
                select count(*) filter (where (payload ->> 'differenceRub')::numeric = 120000) = 1
                   and count(*) filter (where (payload ->> 'differenceRub')::numeric = -120000) = 1
                from outbox_messages
                where message_type = 'Customs.Payments.Contracts.AssessmentRevised' and payload ->> 'declarationId' = @id and dispatched_at is not null
                """, new { id = filed.DeclarationId });
        }, TimeSpan.FromSeconds(30), "AssessmentRevised +120,000.00 (value determined) and -120,000.00 (sample kept) published once each");
    }

    private async Task<ExpertAnalysis> OrderAnalysisAsync(ExpertAnalysisService.ExpertAnalysisServiceClient experts, string declarationId, DateOnly today)
    {
        var due = today.AddMonths(1);
        return (await experts.OrderExpertAnalysisAsync(new OrderExpertAnalysisRequest
        {
            DeclarationId = declarationId, Kind = AnalysisKind.Primary, Subject = AnalysisSubject.Goods, Grounds = "the model decides the value",
            Experts = { "A. Sidorov" }, Organisation = "Central Customs Laboratory", Questions = { "Which model are the lenses?" }, Materials = { "one lens" },
            DueOn = new Date { Year = due.Year, Month = due.Month, Day = due.Day }, ApprovalReference = "approval 14",
        }, graph.App.As(Callers.Officer("officer-51")))).Analysis;
    }

    private static decimal Dec(Google.Type.Decimal value) => decimal.Parse(value.Value, CultureInfo.InvariantCulture);
}
