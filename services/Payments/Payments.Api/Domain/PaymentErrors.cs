namespace Customs.Payments.Api.Domain;

/// <summary>The reasons (google.rpc.ErrorInfo) the Payments service answers with; the README explains each.</summary>
public static class PaymentErrors
{
    public const string ReferenceDataNotInForce = "REFERENCE_DATA_NOT_IN_FORCE";
    public const string ExchangeRateNotSet = "EXCHANGE_RATE_NOT_SET";
    public const string ExchangeRatesConflict = "EXCHANGE_RATES_CONFLICT";
    public const string TariffCodeNotInTariff = "TARIFF_CODE_NOT_IN_TARIFF";
    public const string NotForPersonalUse = "NOT_FOR_PERSONAL_USE";
    public const string AssessmentExists = "ASSESSMENT_EXISTS";
    public const string AssessmentNotFound = "ASSESSMENT_NOT_FOUND";
    public const string AssessmentVersionConflict = "ASSESSMENT_VERSION_CONFLICT";
    public const string PaymentReferenceReused = "PAYMENT_REFERENCE_REUSED";
    public const string InsufficientAdvance = "INSUFFICIENT_ADVANCE";
    public const string RequestReferenceReused = "REQUEST_REFERENCE_REUSED";
    public const string DeferralNotFound = "DEFERRAL_NOT_FOUND";
    public const string DeferralExists = "DEFERRAL_EXISTS";
    public const string DeferralDecided = "DEFERRAL_DECIDED";
    public const string SecurityRequired = "SECURITY_REQUIRED";
    public const string DemandNotFound = "DEMAND_NOT_FOUND";
    public const string DemandNotExpired = "DEMAND_NOT_EXPIRED";
    public const string CollectionTimeBarred = "COLLECTION_TIME_BARRED";
    public const string BelowCollectionMinimum = "BELOW_COLLECTION_MINIMUM";
    public const string CourtRequired = "COURT_REQUIRED";
    public const string CollectionOrder = "COLLECTION_ORDER";
    public const string IndisputableTermExpired = "INDISPUTABLE_TERM_EXPIRED";
    public const string PayerUnknown = "PAYER_UNKNOWN";
    public const string NotOverpaid = "NOT_OVERPAID";
    public const string RefundTimeBarred = "REFUND_TIME_BARRED";
    public const string BelowRefundMinimum = "BELOW_REFUND_MINIMUM";
    public const string RefundNotFound = "REFUND_NOT_FOUND";
    public const string RefundDecided = "REFUND_DECIDED";
    public const string NothingOwed = "NOTHING_OWED";
    public const string NotThePayersAccount = "NOT_THE_PAYERS_ACCOUNT";
    public const string TermNotExpired = "TERM_NOT_EXPIRED";
    public const string NotInRegister = "GUARANTOR_NOT_IN_REGISTER";
    public const string DocumentsMissing = "REGISTER_DOCUMENTS_MISSING";
    public const string ReentryTooEarly = "REGISTER_REENTRY_TOO_EARLY";
    public const string NoExclusionGround = "REGISTER_NO_EXCLUSION_GROUND";
    public const string ApplicationPending = "REGISTER_APPLICATION_PENDING";
    public const string ApplicationNotFound = "REGISTER_APPLICATION_NOT_FOUND";
    public const string ApplicationDecided = "REGISTER_APPLICATION_DECIDED";
    public const string BelowGuaranteeMinimum = "BELOW_GUARANTEE_MINIMUM";
    public const string GuarantorLimitExceeded = "GUARANTOR_LIMIT_EXCEEDED";
    public const string GuarantorRequired = "GUARANTOR_REQUIRED";
    public const string SecurityReferenceReused = "SECURITY_REFERENCE_REUSED";
    public const string SecurityNotFound = "SECURITY_NOT_FOUND";
    public const string SecurityNotInForce = "SECURITY_NOT_IN_FORCE";
    public const string SecurityNotGeneral = "SECURITY_NOT_GENERAL";
    public const string SecurityLimitExceeded = "SECURITY_LIMIT_EXCEEDED";
    public const string OperationReferenceReused = "OPERATION_REFERENCE_REUSED";
    public const string ReservationNotFound = "RESERVATION_NOT_FOUND";
    public const string ReservationEnded = "RESERVATION_ENDED";
    public const string SecurityStillHeld = "SECURITY_STILL_HELD";
    public const string DispositionNotForMethod = "DISPOSITION_NOT_FOR_METHOD";
    public const string NothingToRefund = "NOTHING_TO_REFUND";
    public const string ReleaseReferenceReused = "RELEASE_REFERENCE_REUSED";
}
