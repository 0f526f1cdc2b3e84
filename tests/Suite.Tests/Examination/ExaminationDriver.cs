using Customs.Examination.V1;
using Google.Type;
using Grpc.Core;
using Grpc.Net.Client;

namespace Customs.Suite.Tests.Examination;

/// <summary>The Examination service as risk analysts and officers call it, and a red-lane profile that hits only one test's goods.</summary>
internal sealed class ExaminationDriver : IDisposable
{
    private readonly GrpcChannel _channel;

    public ExaminationDriver(GraphFixture graph)
    {
        _channel = graph.App.CreateGrpcChannel("examination");
        Risk = new RiskManagementService.RiskManagementServiceClient(_channel);
        Examinations = new ExaminationService.ExaminationServiceClient(_channel);
        Experts = new ExpertAnalysisService.ExpertAnalysisServiceClient(_channel);
        AsAnalyst = graph.App.As(Callers.RiskAnalyst);
        AsOfficer = graph.App.As(Callers.Officer("officer-51"));
    }

    public RiskManagementService.RiskManagementServiceClient Risk { get; }

    public ExaminationService.ExaminationServiceClient Examinations { get; }

    public ExpertAnalysisService.ExpertAnalysisServiceClient Experts { get; }

    public Metadata AsAnalyst { get; }

    public Metadata AsOfficer { get; }

    /// <summary>A profile for goods of one brand (a brand of the test's own, so no other test's declaration hits it).</summary>
    public static RiskProfile RedForBrand(string brand, string tariffPrefix = "6203")
    {
        var profile = new RiskProfile
        {
            Name = $"undervalued trousers {brand}", Rationale = "Art. 358(2): evasion of payments in considerable amounts", Lane = Lane.Red,
            EffectiveFrom = new Date { Year = 2020, Month = 1, Day = 1 }, Direction = Direction.Import,
            Criteria = new RiskCriteria { TariffCodePrefixes = { tariffPrefix }, Brands = { brand } },
        };
        profile.Forms.Add([ControlForm.DocumentVerification, ControlForm.Examination]);
        return profile;
    }

    /// <summary>The control decision once the DeclarationRegistered event has reached the service.</summary>
    public Task<ControlDecision> DecisionAsync(string declarationId) => Eventually.WaitAsync<ControlDecision?>(async () =>
    {
        try
        {
            return (await Risk.GetControlDecisionAsync(new GetControlDecisionRequest { DeclarationId = declarationId }, AsOfficer)).Decision;
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            return null;
        }
    }, d => d is not null, TimeSpan.FromSeconds(60), $"the control decision of {declarationId}")!;

    public void Dispose() => _channel.Dispose();
}
