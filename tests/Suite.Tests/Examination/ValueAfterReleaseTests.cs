using Customs.BuildingBlocks.Calendar;
using Customs.Examination.V1;
using Customs.Suite.Tests.Declarations;
using Customs.Suite.Tests.Payments;
using Dapper;
using Google.Type;
using static Customs.Suite.Tests.Payments.PaymentsDriver;

namespace Customs.Suite.Tests.Examination;

/// <summary>
/// Art. 323(7): "In the instance when the customs office has determined the goods customs value following the goods release, the
/// customs authorities will issue an invoice for customs payments (Article 350) ... within ten working days from the day when said
/// invoice is received ... exempt from any penalty fees": a value an expert's conclusion supports, determined after release, is
/// reassessed by Payments, which invoices the difference with its own term.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class ValueAfterReleaseTests(GraphFixture graph)
{
    [Fact]
    public async Task A_higher_value_determined_after_release_is_invoiced_to_pay_within_ten_working_days_of_receipt()
    {
        using var examination = new ExaminationDriver(graph);
        using var declarations = new DeclarationCalls(graph);
        using var payments = new PaymentsDriver(graph.App);
        var filing = await declarations.CommercialImportPresentedTodayAsync();
        var filed = (await declarations.Client.FileDeclarationAsync(filing, declarations.AsDeclarant)).Declaration;
        await declarations.Client.RegisterDeclarationAsync(new() { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version }, declarations.AsOfficer());
        await examination.DecisionAsync(filed.DeclarationId);
        await declarations.PayAsync(filed.DeclarationId);
        await declarations.ReleasedAsync(filed.DeclarationId);
        var first = await EventDrivenAssessmentTests.AssessmentAsync(payments, filed.DeclarationId, 1);

        var today = await graph.App.TodayAsync();
        var due = today.AddMonths(1);
        var analysis = (await examination.Experts.OrderExpertAnalysisAsync(new OrderExpertAnalysisRequest
        {
            DeclarationId = filed.DeclarationId, Kind = AnalysisKind.Primary, Subject = AnalysisSubject.Goods, Grounds = "the fabric is wool, not cotton",
            Experts = { "A. Sidorov" }, Organisation = "Central Customs Laboratory", Questions = { "What is the fibre?" }, Materials = { "sample 1" },
            DueOn = new Date { Year = due.Year, Month = due.Month, Day = due.Day }, ApprovalReference = "approval 31",
        }, examination.AsOfficer)).Analysis;
        await examination.Experts.SubmitConclusionAsync(new SubmitConclusionRequest
        {
            AnalysisId = analysis.AnalysisId, SignedBy = { "A. Sidorov" }, Place = "Moscow", ConductedFrom = analysis.OrderedOn, ConductedTo = analysis.OrderedOn,
            Methods = "microscopy", Findings = "wool fibres", Conclusions = "the trousers are wool", Clear = true,
        }, graph.App.As(Callers.Expert));
        await examination.Examinations.EstablishCustomsValueAsync(new EstablishCustomsValueRequest
        {
            ExpertAnalysisId = analysis.AnalysisId, ItemNumber = 1, CustomsValue = new Money { CurrencyCode = "EUR", Units = 9_000 }, ValuationMethod = 2,
            DecisionReference = $"decision {filed.DeclarationId}", Grounds = "identical wool trousers were imported at 9,000 EUR",
        }, examination.AsOfficer);

        var second = await EventDrivenAssessmentTests.AssessmentAsync(payments, filed.DeclarationId, 2);
        var more = Rub(second.Total) - Rub(first.Total);
        Assert.True(more > 0, $"the higher value raises the payments ({Rub(first.Total)} -> {Rub(second.Total)})");

        // Dispatched today by registered mail: received six days later (Art. 350(5)); ten working days after it (323(7)).
        var payBy = WorkingCalendars.Default.Russia.AddWorkingDays(today.AddDays(6), 10);
        var obligation = (await Eventually.WaitAsync(
            async () => (await payments.Client.GetObligationAsync(new() { DeclarationId = filed.DeclarationId }, payments.Inspector)).Obligation,
            o => o.Terms.Count == 2, TimeSpan.FromSeconds(60), "the invoice's term on the obligation"))!;
        Assert.Equal((new Date { Year = payBy.Year, Month = payBy.Month, Day = payBy.Day }, more, more),
            (obligation.Terms[1].DueOn, Rub(obligation.Terms[1].Principal), Rub(obligation.Terms[1].Unpaid)));
        Assert.Equal(0m, Rub(obligation.PenaltyToDate));

        await using var db = await graph.App.CreateDataSourceAsync("payments-db");
        await using var connection = await db.OpenConnectionAsync();
        var invoice = await connection.QuerySingleAsync<(decimal PaymentsRub, System.DateTime MeetBy)>(
            "select payments_rub, meet_by from demands where declaration_id = @Id and ground = 'art_323_7'", new { Id = filed.DeclarationId });
        Assert.Equal((more, payBy), (invoice.PaymentsRub, DateOnly.FromDateTime(invoice.MeetBy)));
    }
}
