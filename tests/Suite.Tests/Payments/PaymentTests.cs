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
