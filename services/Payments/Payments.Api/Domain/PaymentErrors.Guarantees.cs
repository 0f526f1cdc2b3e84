namespace Customs.Payments.Api.Domain;

/// <summary>The reasons of the security of payments (Arts. 337-357) added with issue 13's second part.</summary>
public static partial class PaymentErrors
{
    public const string ReceiptRequired = "RECEIPT_REQUIRED";
    public const string ReceiptMismatch = "RECEIPT_MISMATCH";
    public const string NotRefundingOffice = "NOT_REFUNDING_OFFICE";
    public const string NotACashDeposit = "NOT_A_CASH_DEPOSIT";
    public const string DepositExhausted = "DEPOSIT_EXHAUSTED";
    public const string NotThePrincipalsDeclaration = "NOT_THE_PRINCIPALS_DECLARATION";
    public const string NoBreachOnRecord = "NO_BREACH_ON_RECORD";
    public const string CollectionReferenceReused = "COLLECTION_REFERENCE_REUSED";
}
