namespace Customs.Payments.Api.Data;

/// <summary>
/// One movement of a payer's account (Art. 330). In roubles <see cref="AmountRub"/> is the amount. In a foreign currency
/// (330(2)) <see cref="Amount"/> is the amount in <see cref="Currency"/>; money in has no rouble amount until it is directed,
/// money directed has the roubles it paid and the rate used (331(3)).
/// </summary>
public sealed class AccountEntry
{
    public string TaxpayerNumber { get; init; } = "";
    public string? PaymentReference { get; init; }
    public string? ReceiptNumber { get; init; }
    public string? DeclarationId { get; init; }
    public decimal? AmountRub { get; init; }
    public DateOnly OnDate { get; init; }
    public string Currency { get; init; } = "RUB";
    public decimal? Amount { get; init; }
    public DateOnly? RateSetOn { get; init; }
    public int? RateNominal { get; init; }
    public decimal? RateValue { get; init; }
    public DateOnly? RateOn { get; init; }

    public bool InRoubles => Currency == "RUB";

    /// <summary>The amount in its own currency.</summary>
    public decimal AmountInCurrency => InRoubles ? AmountRub ?? 0 : Amount ?? 0;
}

/// <summary>A payer's account: the rouble balance, the balance of each foreign currency held (none zero), every entry.</summary>
public sealed record PayerAccountView(decimal BalanceRub, IReadOnlyList<(string Currency, decimal Balance)> ForeignBalances, IReadOnlyList<AccountEntry> Entries);
