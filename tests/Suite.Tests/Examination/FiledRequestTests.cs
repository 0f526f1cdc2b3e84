using Customs.Examination.V1;
using Customs.Suite.Tests.Declarations;
using Google.Rpc;
using Google.Type;
using Grpc.Core;

namespace Customs.Suite.Tests.Examination;

/// <summary>
/// Art. 382(1): the declarant files its own requests on an analysis of its declaration; Art. 381(1): the expert its own; an
/// officer answers each (382(2): a refusal is "a motivated written response"). The declarant reads the analysis (382(1)[6]);
/// another declarant does not see it.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class FiledRequestTests(GraphFixture graph)
{
    [Fact]
    public async Task The_declarant_and_the_expert_file_their_requests_and_an_officer_answers_each()
    {
        using var examination = new ExaminationDriver(graph);
        using var declarations = new DeclarationCalls(graph);
        var filing = DeclarationCalls.CommercialImport();
        filing.Declarant.TaxpayerNumber = declarations.Declarant.TaxpayerNumber;
        var filed = (await declarations.Client.FileDeclarationAsync(filing, declarations.AsDeclarant)).Declaration;
        await declarations.Client.RegisterDeclarationAsync(new() { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version }, declarations.AsOfficer());
        var decision = await examination.DecisionAsync(filed.DeclarationId);
        var today = await graph.App.TodayAsync();
        var due = today.AddMonths(1);
        var analysis = (await examination.Experts.OrderExpertAnalysisAsync(new OrderExpertAnalysisRequest
        {
            DeclarationId = decision.DeclarationId, Kind = AnalysisKind.Primary, Subject = AnalysisSubject.Goods, Grounds = "fibre content decides the code",
            Experts = { "A. Sidorov" }, Organisation = "Central Customs Laboratory", Questions = { "What is the fibre content?" }, Materials = { "sample 1" },
            DueOn = new Date { Year = due.Year, Month = due.Month, Day = due.Day }, ApprovalReference = "approval 12",
        }, examination.AsOfficer)).Analysis;

        // 382(1)[3]: the declarant asks for a question; a stranger's request is NOT_FOUND, as for an analysis that does not exist.
        var ask = new FileDeclarantRequestRequest
        {
            AnalysisId = analysis.AnalysisId, Right = DeclarantRight.AddQuestions, Request = "the weave matters too", Questions = { "Is it denim?" },
        };
        var stranger = await Assert.ThrowsAsync<RpcException>(() => examination.Experts.FileDeclarantRequestAsync(ask, graph.App.As(Callers.NewDeclarant())).ResponseAsync);
        Assert.Equal((StatusCode.NotFound, "EXPERT_ANALYSIS_NOT_FOUND"), (stranger.StatusCode, stranger.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason));
        var asked = await examination.Experts.FileDeclarantRequestAsync(ask, declarations.AsDeclarant);
        Assert.Equal((1, true, declarations.Declarant.TaxpayerNumber), (asked.Request.Number, asked.Request.Pending, asked.Request.FiledBy));

        // 381(1)[3]: the expert asks for more materials.
        var expertAsked = await examination.Experts.FileExpertRequestAsync(new FileExpertRequestRequest
        {
            AnalysisId = analysis.AnalysisId, Right = ExpertRight.AdditionalMaterials, Expert = "A. Sidorov", Request = "the supplier's fabric specification",
        }, graph.App.As(Callers.Expert));
        Assert.True(expertAsked.Request.Pending);

        // 382(2): granted, the question joins the analysis; the expert's request is refused with the reason.
        var granted = (await examination.Experts.AnswerDeclarantRequestAsync(new AnswerDeclarantRequestRequest
        {
            AnalysisId = analysis.AnalysisId, RequestNumber = 1, Granted = true,
        }, examination.AsOfficer)).Analysis;
        Assert.Equal(["What is the fibre content?", "Is it denim?"], granted.Questions);
        var refused = (await examination.Experts.AnswerExpertRequestAsync(new AnswerExpertRequestRequest
        {
            AnalysisId = analysis.AnalysisId, RequestNumber = 1, Granted = false, Motivation = "the supplier gave no specification; the sample suffices",
        }, examination.AsOfficer)).Analysis;
        Assert.Equal((false, false, "the supplier gave no specification; the sample suffices"),
            (refused.ExpertRequests[0].Pending, refused.ExpertRequests[0].Granted, refused.ExpertRequests[0].Motivation));

        var again = await Assert.ThrowsAsync<RpcException>(() => examination.Experts.AnswerDeclarantRequestAsync(new AnswerDeclarantRequestRequest
        {
            AnalysisId = analysis.AnalysisId, RequestNumber = 1, Granted = false, Motivation = "on second thoughts",
        }, examination.AsOfficer).ResponseAsync);
        Assert.Equal((StatusCode.FailedPrecondition, "REQUEST_ALREADY_ANSWERED"), (again.StatusCode, again.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason));

        // 382(1)[6]: the declarant reads the analysis of its own goods as of right; another declarant finds none.
        var read = (await examination.Experts.GetExpertAnalysisAsync(new() { AnalysisId = analysis.AnalysisId }, declarations.AsDeclarant)).Analysis;
        var notTheirs = await Assert.ThrowsAsync<RpcException>(() => examination.Experts.GetExpertAnalysisAsync(
            new() { AnalysisId = analysis.AnalysisId }, graph.App.As(Callers.NewDeclarant())).ResponseAsync);
        Assert.Equal(["What is the fibre content?", "Is it denim?"], read.Questions);
        Assert.Equal(StatusCode.NotFound, notTheirs.StatusCode);
    }
}
