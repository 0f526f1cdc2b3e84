using Customs.Examination.V1;
using Customs.Suite.Tests.Declarations;
using Customs.Suite.Tests.Payments;
using Google.Rpc;
using Google.Type;
using Grpc.Core;

namespace Customs.Suite.Tests.Examination;

/// <summary>
/// Art. 383(2)-(3), (9): samples the declarant and another state agency take on the office's authorisation, and the agency's results;
/// Art. 378(6): the analysis' expenses as amounts on the wire (google.type.Money), summed per currency, borne by the federal budget.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class SamplesAndCostsTests(GraphFixture graph)
{
    [Fact]
    public async Task Samples_taken_by_the_declarant_and_an_agency_are_recorded_with_their_rules_and_the_costs_as_amounts()
    {
        using var examination = new ExaminationDriver(graph);
        using var declarations = new DeclarationCalls(graph);
        using var payments = new PaymentsDriver(graph.App);
        using var channel = graph.App.CreateGrpcChannel("examination");
        var experts = new ExpertAnalysisService.ExpertAnalysisServiceClient(channel);
        await TodaysTestRates.ImportAsync(graph.App, payments);
        var filed = (await declarations.Client.FileDeclarationAsync(EventDrivenAssessmentTests.LuggageWithWine(5), declarations.AsDeclarant)).Declaration;
        await declarations.Client.RegisterDeclarationAsync(new() { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version }, declarations.AsOfficer());
        await examination.DecisionAsync(filed.DeclarationId);
        var today = await graph.App.TodayAsync();
        var due = today.AddMonths(1);
        var analysis = (await experts.OrderExpertAnalysisAsync(new OrderExpertAnalysisRequest
        {
            DeclarationId = filed.DeclarationId, Kind = AnalysisKind.Primary, Subject = AnalysisSubject.Goods, Grounds = "the alcohol content decides the duty",
            Experts = { "A. Sidorov" }, Organisation = "Central Customs Laboratory", Questions = { "What is the wine's alcohol content?" }, Materials = { "one bottle" },
            DueOn = new Date { Year = due.Year, Month = due.Month, Day = due.Day }, ApprovalReference = "approval 21",
        }, examination.AsOfficer)).Analysis;

        // 383(2)-(3): the declarant takes 1 l of the 5 l on an authorisation; without the three conditions it is refused, field by field.
        var byDeclarant = new TakeSampleRequest
        {
            AnalysisId = analysis.AnalysisId, ItemNumber = 1, Quantity = WireDecimals.Dec(1), CustomsValue = new Money { CurrencyCode = "RUB", Units = 1_000 },
            Taker = SampleTaker.Declarant, TakerName = "Ivan Petrov", RecordReference = "sampling record 7", AuthorisationReference = "authorisation 3",
            ConditionsMet =
            {
                SampleAuthorisationCondition.DoesNotImpedeControl, SampleAuthorisationCondition.DoesNotAffectProperties,
                SampleAuthorisationCondition.NoEvasionOrBreachOfProhibitions,
            },
        };
        var unauthorised = byDeclarant.Clone();
        unauthorised.ConditionsMet.RemoveAt(2);
        var refused = await Assert.ThrowsAsync<RpcException>(() => experts.TakeSampleAsync(unauthorised, examination.AsOfficer).ResponseAsync);
        Assert.Equal((StatusCode.InvalidArgument, "conditions_met"),
            (refused.StatusCode, refused.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Single().Field));
        await experts.TakeSampleAsync(byDeclarant, examination.AsOfficer);
        var byAgency = byDeclarant.Clone();
        (byAgency.Taker, byAgency.TakerName, byAgency.Agency, byAgency.DeclarantPresent, byAgency.CustomsOfficerPresent) =
            (SampleTaker.OtherStateAgency, "I. Kuznetsova", "Rospotrebnadzor", true, true);
        await experts.TakeSampleAsync(byAgency, examination.AsOfficer);

        // 383(4): a sample customs did not seize is not kept by customs; 383(9): the agency's results, once.
        var notSeized = await Assert.ThrowsAsync<RpcException>(() => experts.DisposeOfSampleAsync(new DisposeOfSampleRequest
        {
            AnalysisId = analysis.AnalysisId, SampleNumber = 1, Disposition = SampleDisposition.KeptByCustoms,
        }, examination.AsOfficer).ResponseAsync);
        Assert.Equal((StatusCode.FailedPrecondition, "SAMPLE_NOT_TAKEN_BY_CUSTOMS"), (notSeized.StatusCode, notSeized.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason));
        var todayOnWire = new Date { Year = today.Year, Month = today.Month, Day = today.Day };
        await experts.RecordSampleResultsAsync(new RecordSampleResultsRequest
        {
            AnalysisId = analysis.AnalysisId, SampleNumber = 2, Results = "meets the sanitary rules", ReceivedOn = todayOnWire, NotifiedOn = todayOnWire,
        }, examination.AsOfficer);

        // 378(6): laboratory 12,500.50 RUB and expert 3,000.00 RUB = 15,500.50 RUB, borne by the federal budget (customs initiated it).
        await experts.RecordAnalysisCostAsync(new RecordAnalysisCostRequest
        {
            AnalysisId = analysis.AnalysisId, IncurredBy = CostIncurredBy.CustomsLaboratory, Payee = "Central Customs Laboratory", Description = "chromatography",
            Amount = new Money { CurrencyCode = "RUB", Units = 12_500, Nanos = 500_000_000 }, Document = "invoice 44",
        }, examination.AsOfficer);
        var costed = (await experts.RecordAnalysisCostAsync(new RecordAnalysisCostRequest
        {
            AnalysisId = analysis.AnalysisId, IncurredBy = CostIncurredBy.Expert, Payee = "A. Sidorov", Description = "the expert's fee",
            Amount = new Money { CurrencyCode = "RUB", Units = 3_000 }, Document = "contract 9",
        }, examination.AsOfficer)).Analysis;

        Assert.Equal([SampleTaker.Declarant, SampleTaker.OtherStateAgency], costed.Samples.Select(s => s.Taker));
        Assert.Equal(("Rospotrebnadzor", "meets the sanitary rules"), (costed.Samples[1].Agency, costed.Samples[1].AgencyResults.Results));
        Assert.Null(costed.Samples[0].AgencyResults);
        Assert.Equal(0L, costed.ValueReduction.Units);
        var total = Assert.Single(costed.CostTotals);
        Assert.Equal(("RUB", 15_500L, 500_000_000), (total.CurrencyCode, total.Units, total.Nanos));
        Assert.Equal(CostsBorneBy.FederalBudget, costed.CostsBorneBy);
        Assert.Equal([1, 2], costed.Costs.Select(c => c.Number));
    }
}
