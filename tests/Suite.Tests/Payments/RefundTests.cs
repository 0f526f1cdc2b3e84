using Customs.BuildingBlocks.Identity;
using Customs.Payments.V1;
using Dapper;
using Grpc.Core;
using static Customs.Suite.Tests.Payments.PaymentsDriver;

namespace Customs.Suite.Tests.Payments;

/// <summary>Arts. 355-356 against the running graph: an overpayment notified, asked back once, offset against arrears, refunded.</summary>
[Collection(GraphCollection.Name)]
public sealed class RefundTests(GraphFixture graph)
{
    private const string Payer = "7812014560";

    [Fact]
    public async Task An_overpayment_asked_back_twice_is_booked_once_offset_against_arrears_and_the_rest_refunded_with_an_event()
    {
        using var payments = new PaymentsDriver(graph.App);
        var refunds = new RefundService.RefundServiceClient(graph.App.CreateGrpcChannel("payments"));
        var payer = graph.App.As(CallerIdentity.Create(CallerRole.Payer, Payer, Payer, null, null));
        var head = graph.App.As(Callers.Officer("head-12r", OfficerRole.Head));
        var today = await graph.App.TodayAsync();
        var day = Day(today.Year, today.Month, today.Day);
        var (paidFor, owing) = (NewId("overpaid"), NewId("arrears"));
        // Both presented today (the second one small, so the overpayment covers it): their terms run 15 days (Art. 329(1)), so no penalty is due today.
        foreach (var (id, value, quantity) in new[] { (paidFor, 1_000m, 100m), (owing, 10m, 1m) })
        {
            await payments.Client.AssessDeclarationAsync(new()
            {
                CustomsOfficeCode = Sheremetyevo, DeclarationId = id, Kind = DeclarationKind.Commercial, AcceptanceDate = Day(2025, 4, 4), GoodsPresentedOn = day, PayerTaxpayerNumber = Payer,
                Items = { Item(1, "6403990000", value, quantity: quantity) },
            }, payments.Inspector);
        }

        await payments.Client.RecordPaymentAsync(new() { PaymentReference = NewId("transfer"), PayerTaxpayerNumber = Payer, Amount = Amount(47_355.40m, "RUB"), PaidOn = day }, payer);
        await payments.Client.DirectAdvanceAsync(new() { DeclarationId = paidFor, PayerTaxpayerNumber = Payer, Amount = Amount(47_355.40m, "RUB") }, payer);
        // Examination finds half the value: the assessment falls and what was paid above it is an overpayment (Art. 355(1)).
        var revised = await payments.Client.ReassessDeclarationAsync(new()
        {
            DeclarationId = paidFor, ExpectedVersion = 1, Reason = "act of examination 12", Items = { Item(1, "6403990000", 500m, quantity: 100) },
        }, payments.Inspector);
        var overpaid = -Rub(revised.Difference);
        var arrears = Rub((await payments.Client.GetObligationAsync(new() { DeclarationId = owing, On = day }, payments.Inspector)).Obligation.Outstanding);

        var notice = await refunds.NotifyOverpaymentAsync(new() { DeclarationId = paidFor, DiscoveredOn = day, NotifiedOn = day }, payments.Inspector);
        var ask = new RequestRefundRequest
        {
            RequestReference = NewId("refund"), DeclarationId = paidFor, PayerTaxpayerNumber = Payer, Ground = RefundGround.Overpaid,
            Amount = Amount(overpaid, "RUB"), PaidOn = day, SubmittedOn = day,
            RefundAccount = new() { BankBic = "044525225", AccountNumber = "40702810938000012345" },
        };
        var noAccount = await Assert.ThrowsAsync<RpcException>(() => refunds.RequestRefundAsync(new RequestRefundRequest(ask) { RefundAccount = null }, payer).ResponseAsync);
        var first = await refunds.RequestRefundAsync(ask, payer);
        var again = await refunds.RequestRefundAsync(ask, payer);
        var decided = (await refunds.DecideRefundAsync(new() { RefundId = first.Refund.RefundId, DecidedOn = day, RefundedOn = day, OffsetDeclarationId = owing }, head)).Refund;
        var settled = (await payments.Client.GetObligationAsync(new() { DeclarationId = owing, On = day }, payments.Inspector)).Obligation;
        var source = (await payments.Client.GetObligationAsync(new() { DeclarationId = paidFor, On = day }, payments.Inspector)).Obligation;

        Assert.True(overpaid > arrears && arrears > 0, $"{overpaid} over {arrears}");
        Assert.Equal((overpaid, false), (Rub(notice.Amount), notice.NotifiedLate));
        Assert.Equal((true, false, first.Refund.RefundId), (first.Created, again.Created, again.Refund.RefundId));
        // Art. 355(5): "made to the account specified in the payer's request"; without one the request is refused.
        Assert.Equal(ask.RefundAccount, decided.RefundAccount);
        Assert.Equal(StatusCode.InvalidArgument, noAccount.StatusCode);
        Assert.Equal((arrears, overpaid - arrears, 0m), (Rub(decided.Offset), Rub(decided.Refunded), Rub(decided.Interest)));
        Assert.True(settled.Settled);
        Assert.Equal(Rub(source.Assessed), Rub(source.Paid)); // Nothing in excess is left on the declaration.
        await using var db = await graph.App.CreateDataSourceAsync("payments-db");
        await Eventually.WaitAsync(async () =>
        {
            await using var connection = await db.OpenConnectionAsync();
            return await connection.ExecuteScalarAsync<bool>("""
                select exists (select 1 from outbox_messages where message_type = 'Customs.Payments.Contracts.RefundDecided'
                               and payload ->> 'refundId' = @id and dispatched_at is not null)
                """, new { id = decided.RefundId });
        }, TimeSpan.FromSeconds(30), "RefundDecided published to RabbitMQ");
    }
}
