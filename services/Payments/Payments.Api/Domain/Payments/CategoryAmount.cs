namespace Customs.Payments.Api.Domain.Payments;

/// <summary>One category's assessed amount, kept on the obligation (obligations.categories, migration 0045).</summary>
public sealed record CategoryAmount(PaymentCategory Category, decimal AssessedRub);
