using Customs.Payments.Api.Data;

namespace Customs.Payments.Api.Domain.Payments;

/// <summary>
/// Art. 330(4): "Upon the payer's request, the customs authorities shall be obliged to present a written report on the usage
/// of the amount of the advanced payment within 30 days from the day of their receipt of such request." The report of one
/// period (both days included): the balance of each currency at its start, every entry of its days, what each declaration
/// received from the advances, and the balance at its end. Drawn up once and kept as issued, so a later entry dated inside
/// the period (a payment booked late) does not change a report the payer holds.
/// </summary>
public sealed record AccountUseReport(
    string TaxpayerNumber, DateOnly PeriodFrom, DateOnly PeriodTo,
    IReadOnlyList<CurrencyAmount> OpeningBalances, IReadOnlyList<AccountEntry> Entries, IReadOnlyList<DeclarationUse> Declarations,
    IReadOnlyList<CurrencyAmount> ClosingBalances)
{
    public const int DaysToReport = 30;

    public const string LegalReference = "Art. 330(4) of the Customs Code of the Russian Federation";

    /// <summary>The last day the report is due: 30 days from the day customs received the request (330(4)).</summary>
    public static DateOnly DueBy(DateOnly requestedOn) => requestedOn.AddDays(DaysToReport);

    /// <summary>
    /// Draws the report from the account's entries (any order; those after <paramref name="to"/> are left out). Roubles are
    /// always stated; a foreign currency where it has a balance or an entry. What a declaration received is in roubles, the
    /// amount each direction paid (Art. 331(3): a foreign currency at the acceptance day's rate).
    /// </summary>
    public static AccountUseReport Draw(string taxpayerNumber, DateOnly from, DateOnly to, IEnumerable<AccountEntry> entries)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(from, to);
        var known = entries.Where(e => e.OnDate <= to).ToList();
        var inPeriod = known.Where(e => e.OnDate >= from).ToList();
        var currencies = known.Select(e => e.Currency).Append("RUB").Distinct().OrderBy(c => c == "RUB" ? "" : c, StringComparer.Ordinal).ToList();
        CurrencyAmount BalanceOf(string currency, IEnumerable<AccountEntry> of) => new(currency, of.Where(e => e.Currency == currency).Sum(e => e.AmountInCurrency));
        var opening = currencies.Select(c => BalanceOf(c, known.Where(e => e.OnDate < from))).ToList();
        var closing = currencies.Select(c => BalanceOf(c, known)).ToList();
        var uses = inPeriod
            .Where(e => e.DeclarationId is not null)
            .GroupBy(e => e.DeclarationId!)
            .Select(g => new DeclarationUse(g.Key, -g.Sum(e => e.AmountRub ?? 0), [.. g.Select(e => e.ReceiptNumber ?? "")]))
            .OrderBy(u => u.DeclarationId, StringComparer.Ordinal)
            .ToList();
        return new AccountUseReport(taxpayerNumber, from, to, opening, inPeriod, uses, closing);
    }
}

public sealed record CurrencyAmount(string Currency, decimal Amount);

/// <summary>What one declaration received from the advances in the period, in roubles, and under which receipts.</summary>
public sealed record DeclarationUse(string DeclarationId, decimal PaidRub, IReadOnlyList<string> ReceiptNumbers);
