namespace Customs.Examination.Api.Domain.Examinations;

/// <summary>The reasons (google.rpc.ErrorInfo) the Examination service answers with; the README explains each.</summary>
public static class ExaminationErrors
{
    public const string ProfileNotFound = "RISK_PROFILE_NOT_FOUND";
    public const string ProfileVersionConflict = "RISK_PROFILE_VERSION_CONFLICT";
    public const string SettingsNotFound = "SELECTIVITY_SETTINGS_NOT_FOUND";
    public const string DecisionNotFound = "CONTROL_DECISION_NOT_FOUND";
    public const string ControlCaseNotFound = "CONTROL_CASE_NOT_FOUND";
    public const string ExaminationNotFound = "EXAMINATION_NOT_FOUND";
    public const string ExaminationOpen = "EXAMINATION_ALREADY_OPEN";
    public const string ExaminationClosed = "EXAMINATION_CLOSED";
    public const string ExemptFromForm = "EXEMPT_FROM_FORM";
    public const string TermEnded = "EXAMINATION_TERM_ENDED";
    public const string ItemNotInDeclaration = "GOODS_ITEM_NOT_IN_DECLARATION";
}
