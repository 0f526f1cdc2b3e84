namespace Customs.IpRegister.Api.Domain;

/// <summary>The reasons (google.rpc.ErrorInfo) the IP register answers with; the README explains each.</summary>
public static class RegisterErrors
{
    public const string ApplicationNotFound = "APPLICATION_NOT_FOUND";
    public const string ApplicationAlreadyDecided = "APPLICATION_ALREADY_DECIDED";
    public const string EntryNotFound = "REGISTER_ENTRY_NOT_FOUND";
    public const string EntryExcluded = "REGISTER_ENTRY_EXCLUDED";
    public const string SuspensionNotFound = "SUSPENSION_NOT_FOUND";
    public const string NoticeNotFound = "NOTICE_NOT_FOUND";
    public const string OfficerRequired = "OFFICER_REQUIRED";
    public const string HeadOrDeputyRequired = "HEAD_OR_DEPUTY_REQUIRED";
    public const string NotHeld = "SUSPENSION_NOT_HELD";
    public const string HoldLapsed = "HOLD_LAPSED";
    public const string NotActive = "SUSPENSION_NOT_ACTIVE";
    public const string NotInForce = "SUSPENSION_NOT_IN_FORCE";
    public const string TermEnded = "SUSPENSION_TERM_ENDED";
    public const string NotYetDue = "SUSPENSION_NOT_YET_DUE";
    public const string AuthorityApplicationMissing = "COMPETENT_AUTHORITY_APPLICATION_MISSING";
    public const string ExtensionLimitReached = "EXTENSION_LIMIT_REACHED";
    public const string AlreadySeized = "GOODS_ALREADY_SEIZED";
    public const string SecurityDoesNotCoverTerm = "SECURITY_DOES_NOT_COVER_TERM";
    public const string ConsiderationNotExtendable = "CONSIDERATION_NOT_EXTENDABLE";
    public const string NotAGacOffice = "NOT_A_GAC_OFFICE";
    public const string GacNoticeAlreadyDelivered = "GAC_NOTICE_ALREADY_DELIVERED";
    public const string GacNoticeNotDelivered = "GAC_NOTICE_NOT_DELIVERED";
    public const string GacHolderAlreadyAnswered = "GAC_HOLDER_ALREADY_ANSWERED";
    public const string GacGoodsNotDetained = "GAC_GOODS_NOT_DETAINED";
    public const string GacConfiscationTooEarly = "GAC_CONFISCATION_TOO_EARLY";
    public const string GacTermNotExtendable = "GAC_TERM_NOT_EXTENDABLE";
    public const string GacCourtNoticeTooLate = "GAC_COURT_NOTICE_TOO_LATE";
    public const string GacNotAPatent = "GAC_NOT_A_PATENT";
    public const string GacGuaranteeBelowGoodsValue = "GAC_GUARANTEE_BELOW_GOODS_VALUE";
}
