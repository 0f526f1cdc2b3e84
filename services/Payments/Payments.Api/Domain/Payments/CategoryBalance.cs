namespace Customs.Payments.Api.Domain.Payments;

/// <summary>One category of an obligation as it stands: assessed, paid (payments meet the categories in <see cref="PaymentCategories.Rank"/> order), deferred.</summary>
public sealed record CategoryBalance(PaymentCategory Category, decimal AssessedRub, decimal PaidRub, decimal DeferredRub)
{
    public decimal OutstandingRub => AssessedRub - PaidRub;
}
