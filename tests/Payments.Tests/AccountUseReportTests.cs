using Customs.Payments.Api.Data;
using Customs.Payments.Api.Domain.Payments;

namespace Customs.Payments.Tests;

/// <summary>
/// Art. 330(4): "Upon the payer's request, the customs authorities shall be obliged to present a written report on the usage
/// of the amount of the advanced payment within 30 days from the day of their receipt of such request."
/// </summary>
public sealed class AccountUseReportTests
{
    private const string Payer = "7707083893";

    private static AccountEntry In(string reference, decimal amount, DateOnly on, string currency = "RUB") => currency == "RUB"
        ? new() { TaxpayerNumber = Payer, PaymentReference = reference, AmountRub = amount, OnDate = on }
        : new() { TaxpayerNumber = Payer, PaymentReference = reference, Currency = currency, Amount = amount, OnDate = on };

    private static AccountEntry Out(string receipt, string declaration, decimal rub, DateOnly on, string currency = "RUB", decimal amount = 0) => currency == "RUB"
        ? new() { TaxpayerNumber = Payer, ReceiptNumber = receipt, DeclarationId = declaration, AmountRub = -rub, OnDate = on }
        : new() { TaxpayerNumber = Payer, ReceiptNumber = receipt, DeclarationId = declaration, AmountRub = -rub, Currency = currency, Amount = -amount, OnDate = on };

    [Fact]
    public void The_report_states_each_currencys_balance_at_the_start_and_end_every_entry_of_the_period_and_what_each_declaration_received()
    {
        // Before 01.04: 50,000.00 RUB in, 12,000.00 out to D-1. In the period (01.04-30.04): 300 EUR in on 02.04; to D-2
        // 10,000.00 RUB and 100.00 EUR (worth 9,316.08 RUB) on 10.04; to D-1 5,000.00 RUB on 20.04. After it: 1,000.00 RUB in
        // on 02.05, left out. Opening 38,000.00 RUB and 0 EUR; closing 23,000.00 RUB and 200.00 EUR; D-1 got 5,000.00 in the
        // period (its 12,000.00 was before), D-2 19,316.08.
        var entries = new[]
        {
            In("p-1", 50_000m, new(2025, 3, 3)),
            Out("R-1", "D-1", 12_000m, new(2025, 3, 20)),
            In("p-2", 300m, new(2025, 4, 2), "EUR"),
            Out("R-2", "D-2", 10_000m, new(2025, 4, 10)),
            Out("R-3", "D-2", 9_316.08m, new(2025, 4, 10), "EUR", 100m),
            Out("R-4", "D-1", 5_000m, new(2025, 4, 20)),
            In("p-3", 1_000m, new(2025, 5, 2)),
        };

        var report = AccountUseReport.Draw(Payer, new(2025, 4, 1), new(2025, 4, 30), entries);

        Assert.Equal([new("RUB", 38_000m), new("EUR", 0m)], report.OpeningBalances);
        Assert.Equal([new("RUB", 23_000m), new("EUR", 200m)], report.ClosingBalances);
        Assert.Equal(["p-2", "R-2", "R-3", "R-4"], report.Entries.Select(e => e.PaymentReference ?? e.ReceiptNumber));
        Assert.Equal([("D-1", 5_000m, "R-4"), ("D-2", 19_316.08m, "R-2,R-3")],
            report.Declarations.Select(d => (d.DeclarationId, d.PaidRub, string.Join(",", d.ReceiptNumbers))));
    }

    [Fact]
    public void An_account_without_entries_reports_zero_roubles_and_the_report_is_due_30_days_after_the_request()
    {
        var report = AccountUseReport.Draw(Payer, new(2025, 4, 1), new(2025, 4, 30), []);

        Assert.Equal([new("RUB", 0m)], report.OpeningBalances);
        Assert.Equal([new("RUB", 0m)], report.ClosingBalances);
        Assert.Empty(report.Entries);
        // Received on 15.04.2025: "within 30 days from the day of their receipt of such request", by 15.05.2025.
        Assert.Equal(new DateOnly(2025, 5, 15), AccountUseReport.DueBy(new(2025, 4, 15)));
    }
}
