namespace Customs.Declarations.Api.Domain;

/// <summary>The reasons (google.rpc.ErrorInfo) the declarations service answers with; the README explains each.</summary>
public static class DeclarationErrors
{
    public const string DeclarationNotFound = "DECLARATION_NOT_FOUND";
    public const string VersionConflict = "DECLARATION_VERSION_CONFLICT";
    public const string RequestIdReused = "REQUEST_ID_REUSED";
    public const string NotFiled = "DECLARATION_NOT_FILED";
    public const string NotUnderControl = "DECLARATION_NOT_UNDER_CONTROL";
    public const string AlreadyConcluded = "DECLARATION_ALREADY_CONCLUDED";
    public const string ReleaseNotSuspended = "RELEASE_NOT_SUSPENDED";
    public const string PersonalUseRuleRefused = "PERSONAL_USE_RULE_REFUSED";
    public const string AwaitingIpScreening = "AWAITING_IP_SCREENING";
    public const string IpSuspensionNotLifted = "IP_SUSPENSION_NOT_LIFTED";
    public const string NoSuchGoodsItem = "GOODS_ITEM_NOT_IN_DECLARATION";
    public const string PermitNotPresented = "PERMIT_NOT_PRESENTED";
    public const string QuantityAsDeclared = "QUANTITY_AS_DECLARED";
    public const string ControlTermEnded = "CONTROL_TERM_ENDED";
    public const string AwaitingCustomsControl = "AWAITING_CUSTOMS_CONTROL";
    public const string AwaitingPayments = "AWAITING_PAYMENTS";

    /// <summary>The reason an action refused in the declaration's status gives, named after the statuses that allow it.</summary>
    public static string StatusForbids(IReadOnlyCollection<DeclarationStatus> allowed) =>
        allowed.Contains(DeclarationStatus.Filed) && allowed.Count == 1 ? NotFiled
        : allowed.Contains(DeclarationStatus.Filed) ? AlreadyConcluded
        : allowed.Contains(DeclarationStatus.UnderControl) ? NotUnderControl
        : ReleaseNotSuspended;
}
