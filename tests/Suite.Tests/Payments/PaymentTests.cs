using Customs.BuildingBlocks.Identity;
using Customs.Payments.V1;
using Google.Rpc;
using Grpc.Core;
using static Customs.Suite.Tests.Payments.PaymentsDriver;

namespace Customs.Suite.Tests.Payments;

/// <summary>Arts. 328-332 against the running graph: advances booked once per reference, directed to a declaration, receipts.</summary>
[Collection(GraphCollection.Name)]
public sealed class PaymentTests(GraphFixture graph)
{
    [Fact]
    public async Task An_advance_booked_twice_is_booked_once_and_directed_to_a_declaration_it_settles_with_a_receipt()
    {
        using var payments = new PaymentsDriver(graph.App);
        var payer = CallerIdentity.Create(CallerRole.Payer, "7707083893", "7707083893", null, null);
        var asPayer = graph.App.As(payer);
        var bank = graph.App.As(CallerIdentity.Create(CallerRole.BankOrInsurer, "7702070139", "7702070139", null, null));
        var today = await graph.App.TodayAsync();
        var id = NewId("paid");
        // Presented today: the term (Art. 329(1)) ends in 15 days, so paying today is in time and no penalty is due.
        var assessed = (await payments.Client.AssessDeclarationAsync(new()
        {
            CustomsOfficeCode = Sheremetyevo, DeclarationId = id, Kind = DeclarationKind.Commercial, AcceptanceDate = Day(2025, 4, 4),
            GoodsPresentedOn = Day(today.Year, today.Month, today.Day), PayerTaxpayerNumber = "7707083893",
            Items = { Item(1, "6403990000", 1_000m, quantity: 100) },
        }, payments.Inspector)).Assessment;
        var reference = NewId("transfer");
        var transfer = new RecordPaymentRequest
        {
            PaymentReference = reference, PayerTaxpayerNumber = "7707083893", Amount = Amount(50_000m, "RUB"), PaidOn = Day(today.Year, today.Month, today.Day),
        };

        var booked = await payments.Client.RecordPaymentAsync(transfer, bank);
        var again = await payments.Client.RecordPaymentAsync(transfer, bank);
        var reused = await Assert.ThrowsAsync<RpcException>(() => payments.Client.RecordPaymentAsync(
            new RecordPaymentRequest(transfer) { Amount = Amount(60_000m, "RUB") }, bank).ResponseAsync);

        Assert.True(booked.Booked);
        Assert.False(again.Booked);
        Assert.Equal(Rub(booked.Account.Balance), Rub(again.Account.Balance));
        Assert.Equal("PAYMENT_REFERENCE_REUSED", reused.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);

        var directed = await payments.Client.DirectAdvanceAsync(new()
        {
            DeclarationId = id, PayerTaxpayerNumber = "7707083893", Amount = Amount(50_000m, "RUB"),
        }, asPayer);

        Assert.Equal(47_355.40m, Rub(assessed.Total));
        Assert.Equal((47_355.40m, 0m), (Rub(directed.Receipt.ToPayments), Rub(directed.Receipt.ToPenalties)));
        Assert.StartsWith("R-", directed.Receipt.ReceiptNumber);
        Assert.True(directed.Obligation.Settled);
        var account = (await payments.Client.GetPayerAccountAsync(new() { TaxpayerNumber = "7707083893" }, asPayer)).Account;
        Assert.Equal(Rub(booked.Account.Balance) - 47_355.40m, Rub(account.Balance));
        Assert.Contains(account.Entries, e => e.Reference == directed.Receipt.ReceiptNumber && e.DeclarationId == id);
        var obligation = (await payments.Client.GetObligationAsync(new() { DeclarationId = id }, payments.DeclarationsService)).Obligation;
        Assert.Equal((0m, true), (Rub(obligation.Outstanding), obligation.Settled));
    }

    [Fact]
    public async Task An_advance_in_euros_stays_in_euros_until_directed_and_pays_at_the_rate_of_the_acceptance_day()
    {
        using var payments = new PaymentsDriver(graph.App);
        var asPayer = graph.App.As(CallerIdentity.Create(CallerRole.Payer, "7707083893", "7707083893", null, null));
        var bank = graph.App.As(CallerIdentity.Create(CallerRole.BankOrInsurer, "7702070139", "7702070139", null, null));
        // Today's test rates: 100 RUB per EUR, no USD.
        var today = await TodaysTestRates.ImportAsync(graph.App, payments);
        var id = NewId("paid-eur");
        // Accepted on 2025-04-04, when the central bank's euro was 93.1608 RUB (cbr-2025-04-04.xml); owes 47,355.40 RUB.
        await payments.Client.AssessDeclarationAsync(new()
        {
            CustomsOfficeCode = Sheremetyevo, DeclarationId = id, Kind = DeclarationKind.Commercial, AcceptanceDate = Day(2025, 4, 4),
            GoodsPresentedOn = Day(today.Year, today.Month, today.Day), PayerTaxpayerNumber = "7707083893",
            Items = { Item(1, "6403990000", 1_000m, quantity: 100) },
        }, payments.Inspector);
        var before = (await payments.Client.GetPayerAccountAsync(new() { TaxpayerNumber = "7707083893" }, asPayer)).Account;

        // Art. 331(2): a currency the central bank quotes; today it quotes no dollar here, so a dollar payment is refused.
        var dollars = await Assert.ThrowsAsync<RpcException>(() => payments.Client.RecordPaymentAsync(new RecordPaymentRequest
        {
            PaymentReference = NewId("transfer"), PayerTaxpayerNumber = "7707083893", Amount = Amount(100m, "USD"), PaidOn = Day(today.Year, today.Month, today.Day),
        }, bank).ResponseAsync);
        var booked = await payments.Client.RecordPaymentAsync(new RecordPaymentRequest
        {
            PaymentReference = NewId("transfer"), PayerTaxpayerNumber = "7707083893", Amount = Amount(600m, "EUR"), PaidOn = Day(today.Year, today.Month, today.Day),
        }, bank);

        Assert.Equal("EXCHANGE_RATE_NOT_SET", dollars.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        // Art. 330(3): the euros are the payer's, in euros; the rouble balance is untouched.
        Assert.Equal(Rub(before.Balance), Rub(booked.Account.Balance));
        Assert.Equal(Euros(before) + 600m, Euros(booked.Account));

        // Art. 331(3): 600 EUR at 93.1608 (the acceptance day's rate, not today's 100) are worth 55,896.48 RUB; the declaration
        // owes 47,355.40 RUB = 508.3189... EUR, so 508.32 EUR are taken (worth 47,355.49: the 0.09 RUB is under one cent).
        var directed = await payments.Client.DirectAdvanceAsync(new()
        {
            DeclarationId = id, PayerTaxpayerNumber = "7707083893", Amount = Amount(600m, "EUR"),
        }, asPayer);

        Assert.Equal(47_355.40m, Rub(directed.Receipt.ToPayments));
        Assert.Equal(("EUR", 508.32m), (directed.Receipt.PaidInCurrency.CurrencyCode, Value(directed.Receipt.PaidInCurrency)));
        Assert.Contains("93.1608 RUB per 1 EUR, set by the central bank for 2025-04-04", directed.Receipt.Conversion.Rate);
        Assert.True(directed.Obligation.Settled);
        var after = (await payments.Client.GetPayerAccountAsync(new() { TaxpayerNumber = "7707083893" }, asPayer)).Account;
        Assert.Equal(Euros(before) + 91.68m, Euros(after));
        Assert.Equal(Rub(before.Balance), Rub(after.Balance));
        var entry = Assert.Single(after.Entries, e => e.Reference == directed.Receipt.ReceiptNumber);
        Assert.Equal((-508.32m, "EUR", -47_355.40m), (Value(entry.Amount), entry.Amount.CurrencyCode, Rub(entry.AmountRub)));
    }

    [Fact]
    public async Task The_report_of_an_accounts_use_states_the_periods_balances_entries_and_declarations_and_is_kept_under_its_number()
    {
        // A payer no other test uses: the report states all of its account.
        const string payer = "7708123450";
        using var payments = new PaymentsDriver(graph.App);
        var asPayer = graph.App.As(CallerIdentity.Create(CallerRole.Payer, payer, payer, null, null));
        var bank = graph.App.As(CallerIdentity.Create(CallerRole.BankOrInsurer, "7702070139", "7702070139", null, null));
        var today = await graph.App.TodayAsync();
        var id = NewId("reported");
        await payments.Client.AssessDeclarationAsync(new()
        {
            CustomsOfficeCode = Sheremetyevo, DeclarationId = id, Kind = DeclarationKind.Commercial, AcceptanceDate = Day(2025, 4, 4),
            GoodsPresentedOn = Day(today.Year, today.Month, today.Day), PayerTaxpayerNumber = payer,
            Items = { Item(1, "6403990000", 1_000m, quantity: 100) },
        }, payments.Inspector);
        await payments.Client.RecordPaymentAsync(new()
        {
            PaymentReference = NewId("transfer"), PayerTaxpayerNumber = payer, Amount = Amount(30_000m, "RUB"), PaidOn = Day(2025, 4, 1),
        }, bank);
        await payments.Client.RecordPaymentAsync(new()
        {
            PaymentReference = NewId("transfer"), PayerTaxpayerNumber = payer, Amount = Amount(200m, "EUR"), PaidOn = Day(2025, 4, 4),
        }, bank);
        var directed = await payments.Client.DirectAdvanceAsync(new() { DeclarationId = id, PayerTaxpayerNumber = payer, Amount = Amount(30_000m, "RUB") }, asPayer);
        var request = new ReportAccountUseRequest
        {
            RequestReference = NewId("report"), TaxpayerNumber = payer, RequestedOn = Day(today.Year, today.Month, today.Day),
            PeriodFrom = Day(2025, 4, 2), PeriodTo = Day(today.Year, today.Month, today.Day),
        };

        // Art. 330(4): from 02.04.2025 to today. The 30,000.00 RUB paid on 01.04 open it; the 200 EUR came in and the roubles
        // went to the declaration (today) inside it.
        var issued = await payments.Client.ReportAccountUseAsync(request, asPayer);
        var again = await payments.Client.ReportAccountUseAsync(request, asPayer);
        var read = await payments.Client.GetAccountUseReportAsync(new() { ReportNumber = issued.Report.ReportNumber }, payments.Inspector);
        var reused = await Assert.ThrowsAsync<RpcException>(() =>
            payments.Client.ReportAccountUseAsync(new ReportAccountUseRequest(request) { PeriodFrom = Day(2025, 4, 1) }, asPayer).ResponseAsync);
        var future = await Assert.ThrowsAsync<RpcException>(() => payments.Client.ReportAccountUseAsync(new ReportAccountUseRequest(request)
        {
            RequestReference = NewId("report"), PeriodTo = Day(today.AddDays(1).Year, today.AddDays(1).Month, today.AddDays(1).Day),
        }, asPayer).ResponseAsync);
        // A request received 40 days ago is still answered, late: issued today, after its due_by (Art. 330(4): 30 days).
        var lateDay = today.AddDays(-40);
        var late = (await payments.Client.ReportAccountUseAsync(new ReportAccountUseRequest(request)
        {
            RequestReference = NewId("report"), RequestedOn = Day(lateDay.Year, lateDay.Month, lateDay.Day),
        }, asPayer)).Report;
        var other = graph.App.As(CallerIdentity.Create(CallerRole.Payer, "7702070139", "7702070139", null, null));
        var notOwn = await Assert.ThrowsAsync<RpcException>(() =>
            payments.Client.GetAccountUseReportAsync(new() { ReportNumber = issued.Report.ReportNumber }, other).ResponseAsync);

        var report = issued.Report;
        Assert.Equal((true, false), (issued.Created, again.Created));
        Assert.Equal(report, again.Report);
        Assert.Equal(report, read.Report);
        Assert.StartsWith("AR-", report.ReportNumber);
        Assert.Equal(today.AddDays(30), new DateOnly(report.DueBy.Year, report.DueBy.Month, report.DueBy.Day));
        Assert.Equal([("RUB", 30_000m), ("EUR", 0m)], report.OpeningBalances.Select(b => (b.CurrencyCode, Value(b))));
        Assert.Equal([("RUB", 0m), ("EUR", 200m)], report.ClosingBalances.Select(b => (b.CurrencyCode, Value(b))));
        Assert.Equal(2, report.Entries.Count);
        var use = Assert.Single(report.Declarations);
        Assert.Equal((id, 30_000m, directed.Receipt.ReceiptNumber), (use.DeclarationId, Rub(use.Paid), Assert.Single(use.ReceiptNumbers)));
        Assert.Contains("330(4)", report.LegalReference);
        Assert.Equal("REQUEST_REFERENCE_REUSED", reused.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        Assert.Equal(StatusCode.InvalidArgument, future.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, notOwn.StatusCode);
        Assert.Equal((today.AddDays(-10), today), (new DateOnly(late.DueBy.Year, late.DueBy.Month, late.DueBy.Day), new DateOnly(late.IssuedOn.Year, late.IssuedOn.Month, late.IssuedOn.Day)));
    }

    private static decimal Euros(PayerAccount account) =>
        account.ForeignBalances.Where(b => b.CurrencyCode == "EUR").Select(Value).SingleOrDefault();

    [Fact]
    public async Task A_payer_reads_and_directs_only_its_own_account()
    {
        using var payments = new PaymentsDriver(graph.App);
        var other = graph.App.As(CallerIdentity.Create(CallerRole.Payer, "7702070139", "7702070139", null, null));

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            payments.Client.GetPayerAccountAsync(new() { TaxpayerNumber = "7707083893" }, other).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.Equal("NOT_THE_PAYERS_ACCOUNT", error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
    }
}
