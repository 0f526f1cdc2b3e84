namespace Customs.Payments.Api.Domain.Payments;

/// <summary>A reassessment's difference in one category (Art. 333(4) keeps them apart): positive to pay, negative to refund.</summary>
public sealed record CategoryDifference(PaymentCategory Category, decimal DifferenceRub);
