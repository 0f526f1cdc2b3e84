using Customs.Examination.V1;
using Customs.Suite.Tests.Declarations;
using Google.Rpc;
using Google.Type;
using Grpc.Core;

namespace Customs.Suite.Tests.Examination;

/// <summary>
/// Art. 356(1): a declaration "[1] regarded as void" or "[2] withdrawn" after its control decision: the Declarations service's
/// DeclarationWithdrawn / DeclarationVoided close its control case here; the open examination and the analysis under way end
/// with the reason, and no new control work is opened on it.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class ClosedDeclarationTests(GraphFixture graph)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_withdrawn_declaration_ends_its_examination_and_analysis_and_takes_no_new_control()
    {
        using var examination = new ExaminationDriver(graph);
        using var declarations = new DeclarationCalls(graph);
        var (id, opened, analysis) = await UnderControlAsync(examination, declarations);
        var version = (await declarations.GetAsync(id)).Version;

        await declarations.Client.WithdrawDeclarationAsync(new() { DeclarationId = id, ExpectedVersion = version, Reason = "wrong consignment" }, declarations.AsDeclarant);

        var ended = await EndedAsync(examination, opened.ExaminationId);
        Assert.Equal("Art. 356(1)[2]: the declaration was withdrawn by the declarant (wrong consignment)", ended.EndedReason);
        Assert.False(ended.Overdue);
        var endedAnalysis = (await examination.Experts.GetExpertAnalysisAsync(new() { AnalysisId = analysis.AnalysisId }, examination.AsOfficer)).Analysis;
        Assert.Equal((AnalysisStatus.Ended, ended.EndedReason), (endedAnalysis.Status, endedAnalysis.EndedReason));

        var again = await Assert.ThrowsAsync<RpcException>(() => examination.Examinations.OpenExaminationAsync(
            new OpenExaminationRequest { DeclarationId = id, Kind = ExaminationKind.Inspection }, examination.AsOfficer).ResponseAsync);
        Assert.Equal((StatusCode.FailedPrecondition, "CONTROL_CASE_CLOSED"), (again.StatusCode, again.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason));
        var finding = await Assert.ThrowsAsync<RpcException>(() => examination.Examinations.RecordFindingAsync(new RecordFindingRequest
        {
            ExaminationId = opened.ExaminationId, Finding = new ItemFinding { ItemNumber = 1, Description = "trousers" },
        }, examination.AsOfficer).ResponseAsync);
        Assert.Equal((StatusCode.FailedPrecondition, "EXAMINATION_CLOSED"), (finding.StatusCode, finding.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason));
    }

    [Fact]
    public async Task A_voided_declaration_ends_its_examination_with_the_officers_reason()
    {
        using var examination = new ExaminationDriver(graph);
        using var declarations = new DeclarationCalls(graph);
        var (id, opened, _) = await UnderControlAsync(examination, declarations);
        var version = (await declarations.GetAsync(id)).Version;

        await declarations.Client.VoidDeclarationAsync(new() { DeclarationId = id, ExpectedVersion = version, Reason = "filed for goods not presented" },
            declarations.AsOfficer("officer-12"));

        var ended = await EndedAsync(examination, opened.ExaminationId);
        Assert.Equal("Art. 356(1)[1]: the declaration was regarded as void (filed for goods not presented)", ended.EndedReason);
    }

    private static async Task<(string Id, Customs.Examination.V1.Examination Opened, ExpertAnalysis Analysis)> UnderControlAsync(
        ExaminationDriver examination, DeclarationCalls declarations)
    {
        var filed = (await declarations.Client.FileDeclarationAsync(DeclarationCalls.CommercialImport(), declarations.AsDeclarant)).Declaration;
        await declarations.Client.RegisterDeclarationAsync(new() { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version }, declarations.AsOfficer());
        await examination.DecisionAsync(filed.DeclarationId);
        var opened = (await examination.Examinations.OpenExaminationAsync(
            new OpenExaminationRequest { DeclarationId = filed.DeclarationId, Kind = ExaminationKind.Examination }, examination.AsOfficer)).Examination;
        var due = new DateOnly(opened.OpenedOn.Year, opened.OpenedOn.Month, opened.OpenedOn.Day).AddMonths(1);
        var analysis = (await examination.Experts.OrderExpertAnalysisAsync(new OrderExpertAnalysisRequest
        {
            DeclarationId = filed.DeclarationId, Kind = AnalysisKind.Primary, Subject = AnalysisSubject.Goods, Grounds = "fibre content decides the code",
            Experts = { "A. Sidorov" }, Organisation = "Central Customs Laboratory", Questions = { "What is the fibre content?" }, Materials = { "sample 1" },
            DueOn = new Date { Year = due.Year, Month = due.Month, Day = due.Day }, ApprovalReference = "approval 12",
        }, examination.AsOfficer)).Analysis;
        return (filed.DeclarationId, opened, analysis);
    }

    private static Task<Customs.Examination.V1.Examination> EndedAsync(ExaminationDriver driver, string id) => Eventually.WaitAsync(
        async () => (await driver.Examinations.GetExaminationAsync(new() { ExaminationId = id }, driver.AsOfficer)).Examination,
        e => e.Status == ExaminationStatus.Ended, Patience, $"examination {id} to end");
}
