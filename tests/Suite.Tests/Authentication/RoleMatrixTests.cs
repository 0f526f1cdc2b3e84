using Customs.BuildingBlocks.Identity;
using Google.Protobuf.Reflection;
using Grpc.Core;
using static Customs.BuildingBlocks.Identity.CallerRole;
using static Grpc.Core.StatusCode;

namespace Customs.Suite.Tests.Authentication;

/// <summary>
/// Who may call what, for every RPC of every service of the running graph: each row names the roles an RPC is for and
/// what the RPC itself answers an empty request once the caller is let in. Every other role gets PermissionDenied; no
/// token, or a token that is expired, early, unsigned, signed by another key, for another audience or issuer, or whose
/// claims make no caller, gets Unauthenticated. The RPCs are found in the generated descriptors of every proto under
/// protos/, so a new RPC without a row fails here.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class RoleMatrixTests(GraphFixture graph)
{
    private static readonly CallerRole[] Declarant = [CallerRole.Declarant];
    private static readonly CallerRole[] Officers = [Inspector, DeputyHead, Head];
    private static readonly CallerRole[] HeadOrDeputy = [DeputyHead, Head]; // Art. 397(1): the office's written decisions
    private static readonly CallerRole[] DeclarantOrOfficers = [CallerRole.Declarant, Inspector, DeputyHead, Head];
    private static readonly CallerRole[] Anyone = [.. CallerRoles.All];
    private static readonly CallerRole[] OfficersOrService = [Inspector, DeputyHead, Head, Service];
    private static readonly CallerRole[] PayersOrOfficers = [CallerRole.Declarant, Payer, Inspector, DeputyHead, Head];
    private static readonly CallerRole[] Analyst = [RiskAnalyst];
    private static readonly CallerRole[] AnalystOrOfficers = [RiskAnalyst, Inspector, DeputyHead, Head];

    private static readonly Dictionary<string, Row> Rows = new()
    {
        ["customs.declarations.v1.DeclarationService/FileDeclaration"] = new(Declarant, InvalidArgument),
        ["customs.declarations.v1.DeclarationService/GetDeclaration"] = new(DeclarantOrOfficers, InvalidArgument),
        ["customs.declarations.v1.DeclarationService/ListDeclarations"] = new(DeclarantOrOfficers, OK),
        ["customs.declarations.v1.DeclarationService/WithdrawDeclaration"] = new(Declarant, InvalidArgument),
        ["customs.declarations.v1.DeclarationService/RegisterDeclaration"] = new(Officers, InvalidArgument),
        ["customs.declarations.v1.DeclarationService/RefuseRelease"] = new(Officers, InvalidArgument),
        ["customs.declarations.v1.DeclarationService/VoidDeclaration"] = new(Officers, InvalidArgument),
        ["customs.declarations.v1.DeclarationService/ReleaseGoods"] = new(Officers, InvalidArgument),
        ["customs.declarations.v1.DeclarationService/EstablishQuantity"] = new(Officers, InvalidArgument),
        ["customs.declarations.v1.DeclarationService/ListOverdueDeclarations"] = new(Officers, OK),
        // Art. 359(2): "the customs authorities have the right to extend": any officer, on no one's request.
        ["customs.declarations.v1.DeclarationService/ExtendControlTerm"] = new(Officers, InvalidArgument),

        // Art. 394(5): the right-holder applies; Arts. 395(3), 396: officers decide and keep the register; it is published.
        ["customs.ipregister.v1.IpRegisterService/SubmitApplication"] = new([CallerRole.RightHolder], InvalidArgument),
        ["customs.ipregister.v1.IpRegisterService/DecideApplication"] = new(Officers, InvalidArgument),
        ["customs.ipregister.v1.IpRegisterService/ExtendApplicationConsideration"] = new(Officers, InvalidArgument),
        ["customs.ipregister.v1.IpRegisterService/GetEntry"] = new(Anyone, InvalidArgument),
        ["customs.ipregister.v1.IpRegisterService/ListPublishedEntries"] = new(Anyone, OK),
        ["customs.ipregister.v1.IpRegisterService/ExtendEntry"] = new(Officers, InvalidArgument),
        ["customs.ipregister.v1.IpRegisterService/ExcludeEntry"] = new(Officers, InvalidArgument),
        ["customs.ipregister.v1.IpRegisterService/AddAuthorisedImporter"] = new(Officers, InvalidArgument),
        // Screening a declaration may hold its release, an officer's act (Art. 397(1)); a lookup holds nothing and is open to anyone.
        ["customs.ipregister.v1.IpRegisterService/ScreenDeclaration"] = new(Officers, InvalidArgument),
        ["customs.ipregister.v1.IpRegisterService/LookUpGoods"] = new(Anyone, InvalidArgument),
        // Arts. 397(2), 398(3): the parties' details, notices and permissions are for customs only.
        ["customs.ipregister.v1.IpRegisterService/GetSuspension"] = new(Officers, InvalidArgument),
        ["customs.ipregister.v1.IpRegisterService/ListPendingNotices"] = new(Officers, OK),
        ["customs.ipregister.v1.IpRegisterService/RecordNoticeSent"] = new(Officers, InvalidArgument),
        ["customs.ipregister.v1.IpRegisterService/GrantInspectionPermission"] = new(Officers, InvalidArgument),
        ["customs.ipregister.v1.IpRegisterService/DecideSuspension"] = new(HeadOrDeputy, InvalidArgument),
        ["customs.ipregister.v1.IpRegisterService/ExtendSuspension"] = new(HeadOrDeputy, InvalidArgument),
        ["customs.ipregister.v1.IpRegisterService/LiftSuspension"] = new(HeadOrDeputy, InvalidArgument),
        ["customs.ipregister.v1.IpRegisterService/RecordCourtDecision"] = new(HeadOrDeputy, InvalidArgument),
        ["customs.ipregister.v1.IpRegisterService/RecordSeizure"] = new(HeadOrDeputy, InvalidArgument),
        // GAC Arts. 21-26: customs records the notice's delivery and the holder's application; Art. 30: the office decides to confiscate.
        ["customs.ipregister.v1.IpRegisterService/RecordGacNoticeDelivered"] = new(Officers, InvalidArgument),
        ["customs.ipregister.v1.IpRegisterService/ApplyForGacDetention"] = new(Officers, InvalidArgument),
        ["customs.ipregister.v1.IpRegisterService/RecordGacConfiscation"] = new(HeadOrDeputy, InvalidArgument),
        ["customs.ipregister.v1.IpRegisterService/RecordGacHolderAnswer"] = new(Officers, InvalidArgument),
        ["customs.ipregister.v1.IpRegisterService/RecordGacInspection"] = new(Officers, InvalidArgument),
        ["customs.ipregister.v1.IpRegisterService/RequestGacAdvisoryOpinion"] = new(Officers, InvalidArgument),
        ["customs.ipregister.v1.IpRegisterService/ReleaseGacGoodsByAgreement"] = new(Officers, InvalidArgument),
        ["customs.ipregister.v1.IpRegisterService/ReleaseGacGoodsAgainstGuarantee"] = new(Officers, InvalidArgument),

        // Art. 324(2): customs calculates when it assesses; Declarations (a service) may ask for a declaration it accepted.
        // The central bank's rates are public; importing them, reassessing and penalties are officers' work.
        ["customs.payments.v1.PaymentsService/ImportExchangeRates"] = new(Officers, InvalidArgument),
        ["customs.payments.v1.PaymentsService/GetExchangeRate"] = new(Anyone, InvalidArgument),
        ["customs.payments.v1.PaymentsService/AssessDeclaration"] = new(OfficersOrService, InvalidArgument),
        ["customs.payments.v1.PaymentsService/GetAssessment"] = new(OfficersOrService, InvalidArgument),
        ["customs.payments.v1.PaymentsService/ReassessDeclaration"] = new(Officers, InvalidArgument),
        ["customs.payments.v1.PaymentsService/CalculatePenalty"] = new(Officers, InvalidArgument),
        ["customs.payments.v1.PaymentsService/RecordTemporaryStorage"] = new(Officers, InvalidArgument),
        // Art. 328(2): anyone may pay (the payer's bank reports it, the cashier's desk takes cash); Art. 330(3): advances are
        // the payer's to direct; what a declaration owes is for customs and the Declarations service.
        ["customs.payments.v1.PaymentsService/RecordPayment"] = new([.. PayersOrOfficers, BankOrInsurer], InvalidArgument),
        ["customs.payments.v1.PaymentsService/DirectAdvance"] = new(PayersOrOfficers, InvalidArgument),
        ["customs.payments.v1.PaymentsService/GetObligation"] = new(OfficersOrService, InvalidArgument),
        ["customs.payments.v1.PaymentsService/GetPayerAccount"] = new(PayersOrOfficers, InvalidArgument),
        ["customs.payments.v1.PaymentsService/ReportAccountUse"] = new(PayersOrOfficers, InvalidArgument),
        ["customs.payments.v1.PaymentsService/GetAccountUseReport"] = new(PayersOrOfficers, InvalidArgument),
        // Art. 350: customs demands payment.
        ["customs.payments.v1.PaymentsService/IssueDemand"] = new(Officers, InvalidArgument),
        // Art. 333(1): the payer asks; the office decides (its head or the deputy signs the written decision, 333(7)).
        ["customs.payments.v1.DeferralService/RequestDeferral"] = new(PayersOrOfficers, InvalidArgument),
        ["customs.payments.v1.DeferralService/DecideDeferral"] = new(HeadOrDeputy, InvalidArgument),
        ["customs.payments.v1.DeferralService/GetDeferral"] = new(PayersOrOfficers, InvalidArgument),
        // Art. 335(2): the resolution that granted it is rescinded by the office, as it was passed.
        ["customs.payments.v1.DeferralService/RescindDeferral"] = new(HeadOrDeputy, InvalidArgument),
        // Arts. 351, 353(2), (3): collection is resolved by the head of the office or the deputy.
        ["customs.payments.v1.CollectionService/CollectArrears"] = new(HeadOrDeputy, InvalidArgument),
        ["customs.payments.v1.CollectionService/ListCollectionActs"] = new(Officers, InvalidArgument),
        // The money an act brought in, booked by the office that receives it on its account.
        ["customs.payments.v1.CollectionService/RecordCollectionProceeds"] = new(Officers, InvalidArgument),
        // Art. 355: customs notifies (355(3)), the payer asks (355(2)), the office resolves (355(4)): its head or the deputy.
        ["customs.payments.v1.RefundService/NotifyOverpayment"] = new(Officers, InvalidArgument),
        ["customs.payments.v1.RefundService/RequestRefund"] = new(PayersOrOfficers, InvalidArgument),
        ["customs.payments.v1.RefundService/DecideRefund"] = new(HeadOrDeputy, InvalidArgument),
        ["customs.payments.v1.RefundService/GetRefund"] = new(PayersOrOfficers, InvalidArgument),
        // Art. 343(5): a bank or insurer applies itself (officers take it at the desk); 343(7), 344(1): the Federal Customs
        // Service decides and excludes (its head or the deputy signs); 342(2): the register is published, so its lookups are open.
        ["customs.guarantees.v1.GuarantorRegisterService/SubmitRegisterApplication"] = new([BankOrInsurer, .. Officers], InvalidArgument),
        ["customs.guarantees.v1.GuarantorRegisterService/EnterInsuranceRegister"] = new(HeadOrDeputy, InvalidArgument),
        ["customs.guarantees.v1.GuarantorRegisterService/ExcludeFromInsuranceRegister"] = new(HeadOrDeputy, InvalidArgument),
        ["customs.guarantees.v1.GuarantorRegisterService/DecideRegisterApplication"] = new(HeadOrDeputy, InvalidArgument),
        ["customs.guarantees.v1.GuarantorRegisterService/GetRegisterApplication"] = new([BankOrInsurer, .. Officers], InvalidArgument),
        ["customs.guarantees.v1.GuarantorRegisterService/ExcludeFromRegister"] = new(HeadOrDeputy, InvalidArgument),
        ["customs.guarantees.v1.GuarantorRegisterService/ListRegister"] = new(Anyone, OK),
        ["customs.guarantees.v1.GuarantorRegisterService/LookUpGuarantor"] = new(Anyone, InvalidArgument),
        // Art. 340(2): the payer offers, the office accepts; 337(3): each office reserves and ends its operations' parts; the
        // principal may see its own security.
        ["customs.guarantees.v1.GuaranteeService/AcceptSecurity"] = new(Officers, InvalidArgument),
        ["customs.guarantees.v1.GuaranteeService/GetSecurity"] = new(PayersOrOfficers, InvalidArgument),
        ["customs.guarantees.v1.GuaranteeService/ReserveSecurity"] = new(Officers, InvalidArgument),
        ["customs.guarantees.v1.GuaranteeService/EndReservation"] = new(Officers, InvalidArgument),
        ["customs.guarantees.v1.GuaranteeService/ReleaseSecurity"] = new(Officers, InvalidArgument),
        ["customs.guarantees.v1.GuaranteeService/CollectFromCashDeposit"] = new(HeadOrDeputy, InvalidArgument),
        ["customs.guarantees.v1.GuaranteeService/WaiveSecurity"] = new(HeadOrDeputy, InvalidArgument),
        ["customs.guarantees.v1.GuaranteeService/ListSecurityWaivers"] = new(Officers, InvalidArgument),
        ["customs.guarantees.v1.GuarantorDemandService/CallGuarantee"] = new(Officers, InvalidArgument),
        ["customs.guarantees.v1.GuarantorDemandService/RecordGuarantorPayment"] = new([BankOrInsurer, .. Officers], InvalidArgument),
        ["customs.guarantees.v1.GuarantorDemandService/GetGuarantorDemand"] = new([BankOrInsurer, .. Officers], InvalidArgument),
        ["customs.guarantees.v1.GuarantorDemandService/ListOverdueGuarantorDemands"] = new(Officers, OK),
        // The memo's allowances and the central bank's rates are public (the Declarations service reads them).
        ["customs.payments.v1.PaymentsService/GetPersonalUseReference"] = new(Anyone, InvalidArgument),

        // Art. 358(3)-(4): risk analysts write the risk management system's profiles and settings; officers read what it decided.
        ["customs.examination.v1.RiskManagementService/CreateRiskProfile"] = new(Analyst, InvalidArgument),
        ["customs.examination.v1.RiskManagementService/UpdateRiskProfile"] = new(Analyst, InvalidArgument),
        ["customs.examination.v1.RiskManagementService/GetRiskProfile"] = new(AnalystOrOfficers, InvalidArgument),
        ["customs.examination.v1.RiskManagementService/ListRiskProfiles"] = new(AnalystOrOfficers, OK),
        ["customs.examination.v1.RiskManagementService/SetSelectivitySettings"] = new(Analyst, InvalidArgument),
        ["customs.examination.v1.RiskManagementService/GetSelectivitySettings"] = new(AnalystOrOfficers, InvalidArgument),
        // Art. 386(6): the head (or the deputy) exempts.
        ["customs.examination.v1.RiskManagementService/GrantExemption"] = new(HeadOrDeputy, InvalidArgument),
        ["customs.examination.v1.RiskManagementService/GetControlDecision"] = new(AnalystOrOfficers, InvalidArgument),
        ["customs.examination.v1.RiskManagementService/GetProfileStatistics"] = new(AnalystOrOfficers, InvalidArgument),
        // Art. 358(7): customs control is carried out by customs officers.
        ["customs.examination.v1.ExaminationService/OpenExamination"] = new(Officers, InvalidArgument),
        ["customs.examination.v1.ExaminationService/RecordFinding"] = new(Officers, InvalidArgument),
        ["customs.examination.v1.ExaminationService/ExtendExaminationTerm"] = new(Officers, InvalidArgument),
        ["customs.examination.v1.ExaminationService/CompleteExamination"] = new(Officers, InvalidArgument),
        ["customs.examination.v1.ExaminationService/GetExamination"] = new(Officers, InvalidArgument),
        ["customs.examination.v1.ExaminationService/ListOverdueExaminations"] = new(Officers, InvalidArgument),
        ["customs.examination.v1.ExaminationService/EstablishCustomsValue"] = new(Officers, InvalidArgument),
        // Art. 378(3): customs orders an analysis and answers the declarant's requests (382(2)); Art. 379: the expert concludes.
        ["customs.examination.v1.ExpertAnalysisService/OrderExpertAnalysis"] = new(Officers, InvalidArgument),
        ["customs.examination.v1.ExpertAnalysisService/DecideDeclarantRequest"] = new(Officers, InvalidArgument),
        ["customs.examination.v1.ExpertAnalysisService/SubmitConclusion"] = new([Expert, Inspector, DeputyHead, Head], InvalidArgument),
        ["customs.examination.v1.ExpertAnalysisService/TakeSample"] = new(Officers, InvalidArgument),
        ["customs.examination.v1.ExpertAnalysisService/DisposeOfSample"] = new(Officers, InvalidArgument),
        ["customs.examination.v1.ExpertAnalysisService/RecordSampleResults"] = new(Officers, InvalidArgument),
        ["customs.examination.v1.ExpertAnalysisService/RecordAnalysisCost"] = new(Officers, InvalidArgument),
        ["customs.examination.v1.ExpertAnalysisService/DecideExpertRequest"] = new(Officers, InvalidArgument),
        ["customs.examination.v1.ExpertAnalysisService/GetExpertAnalysis"] = new([CallerRole.Declarant, Expert, Inspector, DeputyHead, Head], InvalidArgument),
        // Art. 382(1): the declarant files its own requests (own declarations only), 382(2) an officer answers; Art. 381(1): the expert's.
        ["customs.examination.v1.ExpertAnalysisService/FileDeclarantRequest"] = new(Declarant, InvalidArgument),
        ["customs.examination.v1.ExpertAnalysisService/AnswerDeclarantRequest"] = new(Officers, InvalidArgument),
        ["customs.examination.v1.ExpertAnalysisService/FileExpertRequest"] = new([Expert], InvalidArgument),
        ["customs.examination.v1.ExpertAnalysisService/AnswerExpertRequest"] = new(Officers, InvalidArgument),
        // Art. 383(1): customs takes samples in customs control, and records those others take (383(2)).
        ["customs.examination.v1.ControlSampleService/TakeControlSample"] = new(Officers, InvalidArgument),
        ["customs.examination.v1.ControlSampleService/DisposeOfControlSample"] = new(Officers, InvalidArgument),
        ["customs.examination.v1.ControlSampleService/RecordControlSampleResults"] = new(Officers, InvalidArgument),
        ["customs.examination.v1.ControlSampleService/ListControlSamples"] = new(Officers, InvalidArgument),
    };

    [Fact]
    public void Every_rpc_of_every_service_has_a_row_and_every_row_an_rpc()
    {
        var rpcs = GrpcServices.All.SelectMany(s => s.Methods).Select(GrpcServices.Path).ToList();

        Assert.True(rpcs.Except(Rows.Keys).ToList() is [], $"RPCs without a row: {string.Join(", ", rpcs.Except(Rows.Keys))}");
        Assert.True(Rows.Keys.Except(rpcs).ToList() is [], $"Rows of no RPC: {string.Join(", ", Rows.Keys.Except(rpcs))}");
        Assert.Contains("customs.ipregister.v1.IpRegisterService/ScreenDeclaration", rpcs); // The discovery finds the services at all.
    }

    [Fact]
    public async Task Every_rpc_answers_every_role_as_its_row_says()
    {
        var callers = CallerRoles.All.ToDictionary(role => role, role => graph.App.As(Sample(role)));

        var wrong = await GrpcServices.MismatchesAsync(graph.App, Rows.Keys, rpc => callers.Select(c =>
            (c.Key.Code(), (Metadata?)c.Value, Rows[rpc].Roles.Contains(c.Key) ? Rows[rpc].EmptyRequestAnswer : PermissionDenied)));

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public async Task Every_rpc_refuses_a_caller_without_a_valid_token()
    {
        var tokens = graph.App.Tokens();
        var now = DateTimeOffset.UtcNow;
        var head = Sample(Head).ToClaims();
        var refused = new (string Name, Metadata? Headers)[]
        {
            ("no token", null),
            ("an expired token", Callers.Bearer(tokens.Mint(head, now.AddHours(-2), now.AddMinutes(-5)))),
            ("a token valid only from later", Callers.Bearer(tokens.Mint(head, now.AddMinutes(10), now.AddHours(1)))),
            ("a token signed by another key", Callers.Bearer(new DevTokens.TokenMinter(DevTokens.DevelopmentSigningKey.CreateUntrusted()).Mint(Sample(Head)))),
            ("a token for another audience", Callers.Bearer(tokens.Mint(head, now, now.AddHours(1), audience: "another-system"))),
            ("a token from another issuer", Callers.Bearer(tokens.Mint(head, now, now.AddHours(1), issuer: "someone-else"))),
            ("an unsigned token", Callers.Bearer(Unsigned(tokens.Mint(head, now, now.AddHours(1))))),
            ("a token whose claims make no caller", Callers.Bearer(tokens.Mint(
                [new("sub", "42"), new("role", "head"), new("office_code", "10005000")], now, now.AddHours(1)))),
            ("not a token", Callers.Bearer("x-officer-role: head")),
            ("the old officer headers", new Metadata { { "x-officer-id", "42" }, { "x-officer-role", "head" } }),
        };

        var wrong = await GrpcServices.MismatchesAsync(graph.App, Rows.Keys, _ => refused.Select(r => (r.Name, r.Headers, Unauthenticated)));

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    /// <summary>
    /// A caller the RPC's row lets in (the head where the row allows the head), so another test can judge the request
    /// itself; <paramref name="rpc"/> is <c>package.Service/Method</c>.
    /// </summary>
    internal static CallerIdentity AllowedCaller(string rpc) =>
        Rows[rpc].Roles is var roles && roles.Contains(Head) ? Sample(Head) : Sample(roles[0]);

    /// <summary>One well-formed caller of each role.</summary>
    private static CallerIdentity Sample(CallerRole role) => role switch
    {
        CallerRole.Declarant => CallerIdentity.Declarant("7707083893"),
        Inspector or DeputyHead or Head or RiskAnalyst or Expert => CallerIdentity.Create(role, "m-42", null, "m-42", "10005000"),
        Payer or BankOrInsurer => CallerIdentity.Create(role, "7707083893", "7707083893", null, null),
        CallerRole.RightHolder => CallerIdentity.Create(role, "holder-1", null, null, null),
        Service => CallerIdentity.Create(role, "payments", null, null, null),
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "A role of the suite has a sample caller."),
    };

    /// <summary>The same header and claims with <c>alg: none</c> and no signature.</summary>
    private static string Unsigned(string token)
    {
        var payload = token.Split('.')[1];
        var header = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        return $"{header}.{payload}.";
    }

    private sealed record Row(CallerRole[] Roles, StatusCode EmptyRequestAnswer);
}
