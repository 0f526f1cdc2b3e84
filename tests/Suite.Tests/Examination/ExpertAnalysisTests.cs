using Customs.Examination.V1;
using Customs.Suite.Tests.Declarations;
using Dapper;
using Google.Rpc;
using Google.Type;
using Grpc.Core;
using Grpc.Net.Client;

namespace Customs.Suite.Tests.Examination;

/// <summary>An expert analysis through the API (Arts. 378-380): ordered on a registered declaration, concluded by the expert, doubted, done again by another expert.</summary>
[Collection(GraphCollection.Name)]
public sealed class ExpertAnalysisTests(GraphFixture graph)
{
    [Fact]
    public async Task A_doubted_conclusion_is_analysed_again_by_another_expert_and_each_conclusion_is_announced()
    {
        using var declarations = new DeclarationCalls(graph);
        using var channel = graph.App.CreateGrpcChannel("examination");
        var experts = new ExpertAnalysisService.ExpertAnalysisServiceClient(channel);
        var officer = graph.App.As(Callers.Officer("officer-53"));
        var expert = graph.App.As(Callers.Expert);
        var filed = (await declarations.Client.FileDeclarationAsync(DeclarationCalls.CommercialImport(), declarations.AsDeclarant)).Declaration;
        await declarations.Client.RegisterDeclarationAsync(new() { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version }, declarations.AsOfficer());
        var today = await graph.App.TodayAsync();
        var due = today.AddMonths(1);

        var order = new OrderExpertAnalysisRequest
        {
            DeclarationId = filed.DeclarationId, Kind = AnalysisKind.Primary, Subject = AnalysisSubject.Goods, Grounds = "fibre content decides the code",
            Experts = { "A. Sidorov" }, Organisation = "Central Customs Laboratory", Questions = { "What is the fibre content?" }, Materials = { "sample 1" },
            DueOn = new Date { Year = due.Year, Month = due.Month, Day = due.Day }, ApprovalReference = "approval 12",
        };
        var first = (await Eventually.WaitAsync(async () =>
        {
            try
            {
                return (await experts.OrderExpertAnalysisAsync(order, officer)).Analysis;
            }
            catch (RpcException e) when (e.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason == "CONTROL_CASE_NOT_FOUND")
            {
                return null;
            }
        }, a => a is not null, TimeSpan.FromSeconds(60), "the control case to be opened"))!;

        var concluded = (await experts.SubmitConclusionAsync(new SubmitConclusionRequest
        {
            AnalysisId = first.AnalysisId, SignedBy = { "A. Sidorov" }, Place = "Moscow", ConductedFrom = first.OrderedOn, ConductedTo = first.OrderedOn,
            Methods = "infrared spectroscopy", Findings = "60% cotton", Conclusions = "not 100% cotton", Clear = true,
        }, expert)).Analysis;
        Assert.Equal(AnalysisStatus.Concluded, concluded.Status);

        order.Kind = AnalysisKind.Second;
        order.PreviousAnalysisId = first.AnalysisId;
        var sameExpert = await Assert.ThrowsAsync<RpcException>(() => experts.OrderExpertAnalysisAsync(order, officer).ResponseAsync);
        Assert.Equal((StatusCode.FailedPrecondition, "SECOND_ANALYSIS_BY_SAME_EXPERT"), (sameExpert.StatusCode, sameExpert.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason));
        order.Experts[0] = "B. Orlova";
        var second = (await experts.OrderExpertAnalysisAsync(order, officer)).Analysis;
        await experts.SubmitConclusionAsync(new SubmitConclusionRequest
        {
            AnalysisId = second.AnalysisId, SignedBy = { "B. Orlova" }, Place = "St Petersburg", ConductedFrom = second.OrderedOn, ConductedTo = second.OrderedOn,
            Methods = "microscopy", Findings = "62% cotton", Conclusions = "not 100% cotton", Clear = true,
        }, expert);

        await using var db = await graph.App.CreateDataSourceAsync("examination-db");
        await Eventually.WaitAsync(async () =>
        {
            await using var connection = await db.OpenConnectionAsync();
            return await connection.ExecuteScalarAsync<long>("""
                select count(*) from outbox_messages
                where message_type = 'Customs.Examination.Contracts.ExpertConclusionReceived' and payload ->> 'declarationId' = @id and dispatched_at is not null
                """, new { id = filed.DeclarationId }) == 2;
        }, TimeSpan.FromSeconds(30), "two ExpertConclusionReceived published");
    }
}
