namespace Customs.Examination.Api.Domain.Examinations;

/// <summary>The reasons (google.rpc.ErrorInfo) the Examination service answers with; the README explains each.</summary>
public static class ExaminationErrors
{
    public const string ProfileNotFound = "RISK_PROFILE_NOT_FOUND";
    public const string ProfileVersionConflict = "RISK_PROFILE_VERSION_CONFLICT";
    public const string SettingsNotFound = "SELECTIVITY_SETTINGS_NOT_FOUND";
    public const string DecisionNotFound = "CONTROL_DECISION_NOT_FOUND";
    public const string ControlCaseNotFound = "CONTROL_CASE_NOT_FOUND";
    public const string ControlCaseClosed = "CONTROL_CASE_CLOSED";
    public const string ExaminationNotFound = "EXAMINATION_NOT_FOUND";
    public const string ExaminationOpen = "EXAMINATION_ALREADY_OPEN";
    public const string ExaminationClosed = "EXAMINATION_CLOSED";
    public const string ExaminationNotCompleted = "EXAMINATION_NOT_COMPLETED";
    public const string ExemptFromForm = "EXEMPT_FROM_FORM";
    public const string TermEnded = "EXAMINATION_TERM_ENDED";
    public const string ItemNotInDeclaration = "GOODS_ITEM_NOT_IN_DECLARATION";
    public const string AnalysisNotFound = "EXPERT_ANALYSIS_NOT_FOUND";
    public const string AnalysisConcluded = "EXPERT_ANALYSIS_CONCLUDED";
    public const string AnalysisEnded = "EXPERT_ANALYSIS_ENDED";
    public const string RequestAnswered = "REQUEST_ALREADY_ANSWERED";
    public const string NoConclusionYet = "NO_CONCLUSION_YET";
    public const string SameExpert = "SECOND_ANALYSIS_BY_SAME_EXPERT";
    public const string AlreadySigned = "EXPERT_ALREADY_SIGNED";
    public const string SampleDisposed = "SAMPLE_ALREADY_DISPOSED";
    public const string SampleNotTakenByCustoms = "SAMPLE_NOT_TAKEN_BY_CUSTOMS";
    public const string SampleNotTakenByAgency = "SAMPLE_NOT_TAKEN_BY_AGENCY";
    public const string SampleResultsRecorded = "SAMPLE_RESULTS_RECORDED";
}
