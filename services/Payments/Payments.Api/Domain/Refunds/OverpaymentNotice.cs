namespace Customs.Payments.Api.Domain.Refunds;

/// <summary>Art. 355(3): customs tells the payer of an overpayment "within one month's time from the day of discovery".</summary>
public sealed record OverpaymentNotice(string DeclarationId, decimal AmountRub, DateOnly DiscoveredOn, DateOnly NotifiedOn, DateOnly NotifyBy)
{
    public bool NotifiedLate => NotifiedOn > NotifyBy;
}
