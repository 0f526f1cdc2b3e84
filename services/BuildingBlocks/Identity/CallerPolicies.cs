namespace Customs.BuildingBlocks.Identity;

/// <summary>
/// The authorization policies of the suite's RPCs, each a set of <see cref="CallerRole"/>s
/// (<c>[Authorize(Policy = CallerPolicies.Officer)]</c>). An RPC open to every authenticated caller says <c>[Authorize]</c>.
/// A caller of another role gets PermissionDenied.
/// </summary>
public static class CallerPolicies
{
    public const string Declarant = "declarant";
    public const string Officer = "officer";
    public const string HeadOrDeputy = "head_or_deputy";
    public const string DeclarantOrOfficer = "declarant_or_officer";
    public const string RightHolder = "right_holder";
    public const string OfficerOrService = "officer_or_service";
    public const string PayerOrOfficer = "payer_or_officer";
    public const string PaymentRecorder = "payment_recorder";
    public const string RiskAnalyst = "risk_analyst";
    public const string RiskAnalystOrOfficer = "risk_analyst_or_officer";
    public const string ExpertOrOfficer = "expert_or_officer";
    public const string Expert = "expert";
    public const string AnalysisReader = "analysis_reader";
    public const string GuarantorOrOfficer = "guarantor_or_officer";

    public static IReadOnlyDictionary<string, IReadOnlyList<CallerRole>> Roles { get; } = new Dictionary<string, IReadOnlyList<CallerRole>>
    {
        [Declarant] = [CallerRole.Declarant],
        [Officer] = [CallerRole.Inspector, CallerRole.DeputyHead, CallerRole.Head],
        // Art. 397(1): the head of the customs office or the deputy writes the office's decisions.
        [HeadOrDeputy] = [CallerRole.DeputyHead, CallerRole.Head],
        [DeclarantOrOfficer] = [CallerRole.Declarant, CallerRole.Inspector, CallerRole.DeputyHead, CallerRole.Head],
        // Art. 394(5): the right-holder (or its representative) applies for the register.
        [RightHolder] = [CallerRole.RightHolder],
        // Payments: an officer assesses (Art. 324(2)), or the Declarations service on an accepted declaration.
        [OfficerOrService] = [CallerRole.Inspector, CallerRole.DeputyHead, CallerRole.Head, CallerRole.Service],
        // Art. 328(1): the declarant or another payer directs its own advances; officers act at the cashier's desk.
        [PayerOrOfficer] = [CallerRole.Declarant, CallerRole.Payer, CallerRole.Inspector, CallerRole.DeputyHead, CallerRole.Head],
        // Art. 328(2): anyone may pay; the payer's bank reports the transfer, the cashier's desk (an officer) cash.
        [PaymentRecorder] = [CallerRole.Declarant, CallerRole.Payer, CallerRole.BankOrInsurer, CallerRole.Inspector, CallerRole.DeputyHead, CallerRole.Head],
        // Art. 358(3)-(4): the risk management system's profiles and settings are the risk analysts' to write.
        [RiskAnalyst] = [CallerRole.RiskAnalyst],
        // Officers act on the decisions and read the profiles they come from.
        [RiskAnalystOrOfficer] = [CallerRole.RiskAnalyst, CallerRole.Inspector, CallerRole.DeputyHead, CallerRole.Head],
        // Art. 379: the expert renders the conclusion; customs receives it.
        [ExpertOrOfficer] = [CallerRole.Expert, CallerRole.Inspector, CallerRole.DeputyHead, CallerRole.Head],
        // Art. 381(1): the expert's own requests to the office that ordered the analysis.
        [Expert] = [CallerRole.Expert],
        // Art. 382(1)[6]: the declarant reads the conclusions of an analysis of its own goods; the expert and customs theirs.
        [AnalysisReader] = [CallerRole.Declarant, CallerRole.Expert, CallerRole.Inspector, CallerRole.DeputyHead, CallerRole.Head],
        // Art. 343(5): a bank or an insurer applies for the register itself; officers take the application at the desk.
        [GuarantorOrOfficer] = [CallerRole.BankOrInsurer, CallerRole.Inspector, CallerRole.DeputyHead, CallerRole.Head],
    };
}
