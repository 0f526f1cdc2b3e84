using Customs.Examination.V1;
using Customs.Suite.Tests.Declarations;
using Customs.Suite.Tests.Payments;
using Dapper;
using Google.Rpc;
using Grpc.Core;
using static Customs.Suite.Tests.Payments.PaymentsDriver;

namespace Customs.Suite.Tests.Examination;

/// <summary>
/// From a registered declaration to what customs finds: a profile written through the API sends it to the red lane, the
/// examination finds fewer units than declared, the Declarations service records the quantity customs established
/// (Art. 372(5)) and Payments reassesses the duties on it.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class RedLaneExaminationTests(GraphFixture graph)
{
    [Fact]
    public async Task A_red_lane_examination_that_finds_fewer_units_reaches_declarations_and_payments_reassesses()
    {
        using var examination = new ExaminationDriver(graph);
        using var declarations = new DeclarationCalls(graph);
        using var payments = new PaymentsDriver(graph.App);
        await TodaysTestRates.ImportAsync(graph.App, payments);
        var brand = $"Chateau-{Guid.NewGuid():N}"[..22];
        var profile = (await examination.Risk.CreateRiskProfileAsync(
            new CreateRiskProfileRequest { Profile = ExaminationDriver.RedForBrand(brand, "2204") }, examination.AsAnalyst)).Profile;

        // 5 l of wine declared: 2 l over the memo's 3 l at 10 EUR, at 100 RUB/EUR = 2,000.00 RUB.
        var filing = EventDrivenAssessmentTests.LuggageWithWine(5);
        filing.Items[0].Brand = brand;
        var filed = (await declarations.Client.FileDeclarationAsync(filing, declarations.AsDeclarant)).Declaration;
        var registered = (await declarations.Client.RegisterDeclarationAsync(
            new() { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version }, declarations.AsOfficer())).Declaration;
        var decision = await examination.DecisionAsync(filed.DeclarationId);
        Assert.Equal(Lane.Red, decision.Lane);
        Assert.Equal(2_000.00m, Rub((await EventDrivenAssessmentTests.AssessmentAsync(payments, filed.DeclarationId, 1)).Total));

        var opened = (await examination.Examinations.OpenExaminationAsync(new OpenExaminationRequest
        {
            DeclarationId = filed.DeclarationId, Kind = ExaminationKind.Examination, Officers = { "officer-52" },
        }, examination.AsOfficer)).Examination;
        Assert.Equal((registered.ControlDeadline, ExaminationStatus.Open), (opened.DueOn, opened.Status));
        Assert.Equal(["officer-51", "officer-52"], opened.Officers);

        await examination.Examinations.RecordFindingAsync(new RecordFindingRequest
        {
            ExaminationId = opened.ExaminationId,
            Finding = new ItemFinding
            {
                ItemNumber = 1, QuantityFound = WireDecimals.Dec(4), Description = "red wine, four 1 l bottles", Marks = brand,
                Discrepancies = { "one bottle fewer than declared" },
            },
        }, examination.AsOfficer);
        var completed = (await examination.Examinations.CompleteExaminationAsync(new CompleteExaminationRequest
        {
            ExaminationId = opened.ExaminationId, Attendees = { new Person { Name = "Ivan Petrov", Capacity = "declarant", Document = "passport" } },
            Results = "4 l of wine found of the 5 l declared",
        }, examination.AsOfficer)).Examination;
        Assert.Equal(ExaminationStatus.Completed, completed.Status);
        var finding = completed.Findings.Single();
        Assert.Equal((5m, 4m, "l"), (Dec(finding.DeclaredQuantity), Dec(finding.QuantityFound), finding.Unit));

        // A completed record is not acted on again, and the refusal changes nothing.
        var closed = await Assert.ThrowsAsync<RpcException>(() => examination.Examinations.RecordFindingAsync(new RecordFindingRequest
        {
            ExaminationId = opened.ExaminationId, Finding = new ItemFinding { ItemNumber = 1, QuantityFound = WireDecimals.Dec(3) },
        }, examination.AsOfficer).ResponseAsync);
        Assert.Equal((StatusCode.FailedPrecondition, "EXAMINATION_CLOSED"), (closed.StatusCode, closed.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason));

        // Declarations records the quantity customs established; Payments reassesses: 1 l over 3 l = 1,000.00 RUB.
        var recorded = await Eventually.WaitAsync(
            async () => (await declarations.Client.GetDeclarationAsync(new() { DeclarationId = filed.DeclarationId }, declarations.AsOfficer())).Declaration,
            d => d.Items[0].EstablishedQuantity is not null, TimeSpan.FromSeconds(60), "the established quantity in Declarations");
        Assert.Equal(4m, Dec(recorded.Items[0].EstablishedQuantity));
        Assert.Equal(1_000.00m, Rub((await EventDrivenAssessmentTests.AssessmentAsync(payments, filed.DeclarationId, 2)).Total));

        var examined = (await examination.Examinations.GetExaminationAsync(new() { ExaminationId = opened.ExaminationId }, examination.AsOfficer)).Examination;
        Assert.Equal(("4 l of wine found of the 5 l declared", 4m), (examined.Results, Dec(examined.Findings.Single().QuantityFound)));
        var statistics = (await examination.Risk.GetProfileStatisticsAsync(new GetProfileStatisticsRequest
        {
            ProfileId = profile.ProfileId, From = decision.AcceptanceDate, To = decision.AcceptanceDate,
        }, examination.AsAnalyst)).Statistics;
        Assert.Equal((1, 1, 1, 1, "1"), (statistics.Hits, statistics.Selections, statistics.Examinations, statistics.Findings, statistics.HitRate.Value));

        await using var db = await graph.App.CreateDataSourceAsync("declarations-db");
        await using var connection = await db.OpenConnectionAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("""
            select count(*) from outbox_messages
            where message_type = 'Customs.Declarations.Contracts.QuantityEstablished' and payload ->> 'declarationId' = @id
            """, new { id = filed.DeclarationId }));
    }

    private static decimal Dec(Google.Type.Decimal value) => decimal.Parse(value.Value, System.Globalization.CultureInfo.InvariantCulture);
}
