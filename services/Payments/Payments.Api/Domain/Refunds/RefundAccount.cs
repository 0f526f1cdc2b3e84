namespace Customs.Payments.Api.Domain.Refunds;

/// <summary>
/// The account a refund is paid to (Art. 355(5)): a Russian bank's identification code and the settlement account; the
/// refund is "made in the legal tender of the Russian Federation" (355(6)).
/// </summary>
public sealed record RefundAccount(string BankBic, string AccountNumber);
