using Customs.BuildingBlocks.Identity;
using Customs.Payments.V1;
using Dapper;
using Google.Rpc;
using Grpc.Core;
using static Customs.Suite.Tests.Payments.PaymentsDriver;

namespace Customs.Suite.Tests.Payments;

/// <summary>
/// A request sent several times at once is booked once: the others are its repeat (or, with other content under the same
/// reference, a clean ALREADY_EXISTS), never INTERNAL, and the money moves once.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class RequestsAtOnceTests(GraphFixture graph)
{
    [Fact]
    public async Task A_collection_act_sent_at_once_is_booked_once_and_advances_are_taken_once()
    {
        const string payer = "7736050011";
        using var payments = new PaymentsDriver(graph.App);
        var collection = new CollectionService.CollectionServiceClient(graph.App.CreateGrpcChannel("payments"));
        var head = graph.App.As(Callers.Officer("head-12x", OfficerRole.Head));
        var bank = graph.App.As(CallerIdentity.Create(CallerRole.BankOrInsurer, "7702070139", "7702070139", null, null));
        var id = NewId("collected-at-once");
        // 47,355.40 RUB due by 19.04.2025; the demand handed on 05.05.2025 had to be met by 20.05.2025; 20,000.00 of advances.
        var demandId = await payments.UnmetDemandWithAdvancesAsync(id, payer, bank);
        var act = new CollectArrearsRequest
        {
            Reference = NewId("act"), DeclarationId = id, DemandId = demandId, Source = CollectionSource.Advances, PayerKind = PayerKind.Organisation,
            DecidedOn = Day(2025, 5, 21),
        };
        var other = new CollectArrearsRequest(act) { Source = CollectionSource.BankAccounts };

        // Six copies of the act and two other acts under its reference, all at once.
        var results = await AtOnceAsync(8, async n => await collection.CollectArrearsAsync(n < 6 ? act : other, head));
        var account = (await payments.Client.GetPayerAccountAsync(new() { TaxpayerNumber = payer }, payments.Inspector)).Account;
        var obligation = (await payments.Client.GetObligationAsync(new() { DeclarationId = id, On = Day(2025, 5, 21) }, payments.Inspector)).Obligation;

        var booked = Assert.Single(results, r => r.Response?.Created == true).Response!.Act;
        Assert.All(results.Where(r => r.Response is not null), r => Assert.Equal(booked, r.Response!.Act));
        Assert.All(results.Where(r => r.Error is not null), r =>
        {
            Assert.Equal(StatusCode.AlreadyExists, r.Error!.StatusCode);
            Assert.Equal("REQUEST_REFERENCE_REUSED", r.Error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        });
        // Whichever content came first is the act; the copies of the other are refused. Advances are taken only by an act from them.
        Assert.Equal(booked.Source == CollectionSource.Advances ? 20_000m : 0m, Rub(booked.Collected));
        Assert.Equal(results.Count(r => r.Response is null), booked.Source == CollectionSource.Advances ? 2 : 6);
        Assert.Equal((20_000m - Rub(booked.Collected), Rub(booked.Collected)), (Rub(account.Balance), Rub(obligation.Paid)));
        Assert.Equal(1L, await CountAsync("select count(*) from collection_acts where declaration_id = @id", id));
    }

    [Fact]
    public async Task A_refund_request_sent_at_once_is_booked_once()
    {
        const string payer = "7812014571";
        using var payments = new PaymentsDriver(graph.App);
        var refunds = new RefundService.RefundServiceClient(graph.App.CreateGrpcChannel("payments"));
        var asPayer = graph.App.As(CallerIdentity.Create(CallerRole.Payer, payer, payer, null, null));
        var today = await graph.App.TodayAsync();
        var day = Day(today.Year, today.Month, today.Day);
        var id = NewId("overpaid-at-once");
        // Paid in full (47,355.40 RUB), then reassessed on half the value: the difference is an overpayment (Art. 355(1)).
        await payments.Client.AssessDeclarationAsync(new()
        {
            CustomsOfficeCode = Sheremetyevo, DeclarationId = id, Kind = DeclarationKind.Commercial, AcceptanceDate = Day(2025, 4, 4), GoodsPresentedOn = day,
            PayerTaxpayerNumber = payer, Items = { Item(1, "6403990000", 1_000m, quantity: 100) },
        }, payments.Inspector);
        await payments.Client.RecordPaymentAsync(new() { PaymentReference = NewId("transfer"), PayerTaxpayerNumber = payer, Amount = Amount(47_355.40m, "RUB"), PaidOn = day }, asPayer);
        await payments.Client.DirectAdvanceAsync(new() { DeclarationId = id, PayerTaxpayerNumber = payer, Amount = Amount(47_355.40m, "RUB") }, asPayer);
        var revised = await payments.Client.ReassessDeclarationAsync(new()
        {
            DeclarationId = id, ExpectedVersion = 1, Reason = "act of examination 12x", Items = { Item(1, "6403990000", 500m, quantity: 100) },
        }, payments.Inspector);
        var ask = new RequestRefundRequest
        {
            RequestReference = NewId("refund"), DeclarationId = id, PayerTaxpayerNumber = payer, Ground = RefundGround.Overpaid,
            Amount = Amount(-Rub(revised.Difference), "RUB"), PaidOn = day, SubmittedOn = day,
            RefundAccount = new() { BankBic = "044525225", AccountNumber = "40702810938000012345" },
        };

        var results = await AtOnceAsync(8, async _ => await refunds.RequestRefundAsync(ask, asPayer));

        Assert.All(results, r => Assert.Null(r.Error));
        var booked = Assert.Single(results, r => r.Response!.Created).Response!.Refund;
        Assert.All(results, r => Assert.Equal(booked, r.Response!.Refund));
        Assert.Equal(1L, await CountAsync("select count(*) from refunds where declaration_id = @id", id));
    }

    private async Task<long> CountAsync(string sql, string id)
    {
        await using var db = await graph.App.CreateDataSourceAsync("payments-db");
        await using var connection = await db.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>(sql, new { id });
    }
}
