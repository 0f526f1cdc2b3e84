using Customs.BuildingBlocks.Identity;
using Customs.Payments.V1;
using Google.Rpc;
using Grpc.Core;
using static Customs.Suite.Tests.Payments.PaymentsDriver;

namespace Customs.Suite.Tests.Payments;

/// <summary>
/// Arts. 351(4), 355(1), (2), (7) against the running graph: the bank's execution from a foreign currency account booked in
/// roubles at the rate of the day of collection, its excess kept on the declaration and returned on request, and once the
/// duties fall, the penalty paid on the duties returned refunded with them.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class ProceedsInCurrencyAndRefundTests(GraphFixture graph)
{
    // Swiss francs on 22.05.2025: no other test imports them; a TEST figure, 100 RUB per franc, not the Bank's.
    private const string FrancsOn22May = """<ValCurs Date="22.05.2025" name="Foreign Currency Market"><Valute ID="R01775"><NumCode>756</NumCode><CharCode>CHF</CharCode><Nominal>1</Nominal><Name>Swiss franc</Name><Value>100,0000</Value></Valute></ValCurs>""";

    [Fact]
    public async Task Francs_collected_are_booked_at_the_day_rate_the_excess_is_returned_on_request_and_the_penalty_on_fallen_duties_with_them()
    {
        using var payments = new PaymentsDriver(graph.App);
        var collection = new CollectionService.CollectionServiceClient(graph.App.CreateGrpcChannel("payments"));
        var refunds = new RefundService.RefundServiceClient(graph.App.CreateGrpcChannel("payments"));
        var head = graph.App.As(Callers.Officer("head-12f", OfficerRole.Head));
        var bank = graph.App.As(CallerIdentity.Create(CallerRole.BankOrInsurer, "7702070139", "7702070139", null, null));
        var payer = Callers.NewTaxpayerNumber();
        var asPayer = graph.App.As(CallerIdentity.Create(CallerRole.Payer, payer, payer, null, null));
        var today = await graph.App.TodayAsync();
        var id = NewId("francs");
        // 47,355.40 RUB due by 19.04.2025; the demand handed on 05.05.2025 had to be met by 20.05.2025 (Art. 350(4)).
        var demandId = await payments.UnmetDemandWithAdvancesAsync(id, payer, bank);
        var act = (await collection.CollectArrearsAsync(new()
        {
            Reference = NewId("act"), DeclarationId = id, DemandId = demandId, Source = CollectionSource.BankAccounts, PayerKind = PayerKind.Organisation,
            DecidedOn = Day(2025, 5, 21),
        }, head)).Act;
        await payments.Client.ImportExchangeRatesAsync(new() { CbrXml = FrancsOn22May }, payments.Inspector);
        RecordCollectionProceedsRequest Proceeds(string currency) => new()
        {
            PaymentReference = NewId("executed"), ActId = act.ActId, Amount = Amount(500m, currency), ReceivedOn = Day(2025, 5, 22),
        };

        var unquoted = await Assert.ThrowsAsync<RpcException>(() => collection.RecordCollectionProceedsAsync(Proceeds("XAU"), payments.Inspector).ResponseAsync);
        var malformed = await Assert.ThrowsAsync<RpcException>(() => collection.RecordCollectionProceedsAsync(Proceeds("chf"), payments.Inspector).ResponseAsync);
        // Art. 351(4): 500.00 CHF x 100 = 50,000.00 RUB on 22.05.2025. The penalty 20.04-22.05, 33 days at 21%:
        // 47,355.40 x 21% / 300 x 33 = 1,093.91; the duties first, then the penalty (349(7)): 1,550.69 collected in excess (355(1)).
        var booked = (await collection.RecordCollectionProceedsAsync(Proceeds("CHF"), payments.Inspector)).Proceeds;
        var collected = (await payments.Client.GetObligationAsync(new() { DeclarationId = id, On = Day(2025, 5, 22) }, payments.Inspector)).Obligation;

        Assert.Equal(StatusCode.FailedPrecondition, unquoted.StatusCode);
        Assert.Equal("EXCHANGE_RATE_NOT_SET", unquoted.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        Assert.Equal("amount", Assert.Single(malformed.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
        Assert.Equal((500L, 0, "CHF", 50_000m), (booked.Amount.Units, booked.Amount.Nanos, booked.Amount.CurrencyCode, Rub(booked.AmountRub)));
        Assert.Contains("100 RUB per 1 CHF, set by the central bank for 2025-05-22", booked.Conversion.Rate);
        Assert.Equal((47_355.40m, 1_093.91m, 1_550.69m), (Rub(booked.ToPayments), Rub(booked.ToPenalties), Rub(booked.Excess)));
        // Art. 355(2): kept on the declaration, not credited to the payer's account as an advance (330).
        Assert.Equal((true, 48_906.09m), (collected.Settled, Rub(collected.Paid)));

        RequestRefundRequest Ask(RefundGround ground, decimal amount) => new()
        {
            RequestReference = NewId("refund"), DeclarationId = id, PayerTaxpayerNumber = payer, Ground = ground, Amount = Amount(amount, "RUB"),
            PaidOn = Day(2025, 5, 22), SubmittedOn = Day(today.Year, today.Month, today.Day),
            RefundAccount = new() { BankBic = "044525225", AccountNumber = "40702810938000012345" },
        };
        var tooMuch = await Assert.ThrowsAsync<RpcException>(() => refunds.RequestRefundAsync(Ask(RefundGround.OverCollected, 1_550.70m), asPayer).ResponseAsync);
        var overCollected = (await refunds.RequestRefundAsync(Ask(RefundGround.OverCollected, 1_550.69m), asPayer)).Refund;
        var first = (await refunds.DecideRefundAsync(new()
        {
            RefundId = overCollected.RefundId, DecidedOn = Day(today.Year, today.Month, today.Day), RefundedOn = Day(today.Year, today.Month, today.Day),
        }, head)).Refund;

        Assert.Equal("NOT_OVERPAID", tooMuch.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        // No penalty was charged on money collected over what was owed (355(7) returns those charged on the duties returned).
        Assert.Equal((1_550.69m, 0m), (Rub(first.Refunded), Rub(first.PenaltiesReturned)));

        // Customs establishes half the value: the duties fall, and the penalty charged on the fallen part for the 33 days
        // is refunded with it (Art. 355(7)): 1,093.91 x fallen / 47,355.40, rounded to kopecks.
        var revised = await payments.Client.ReassessDeclarationAsync(new()
        {
            DeclarationId = id, ExpectedVersion = 1, Reason = "act of examination 12f", Items = { Item(1, "6403990000", 500m, quantity: 100) },
        }, payments.Inspector);
        var fallen = -Rub(revised.Difference);
        var overpaid = (await refunds.RequestRefundAsync(Ask(RefundGround.Overpaid, fallen), asPayer)).Refund;
        var second = (await refunds.DecideRefundAsync(new()
        {
            RefundId = overpaid.RefundId, DecidedOn = Day(today.Year, today.Month, today.Day), RefundedOn = Day(today.Year, today.Month, today.Day),
        }, head)).Refund;
        var after = (await payments.Client.GetObligationAsync(new() { DeclarationId = id, On = Day(2025, 5, 22) }, payments.Inspector)).Obligation;

        var expected = Math.Round(1_093.91m * fallen / 47_355.40m, 2, MidpointRounding.AwayFromZero);
        Assert.True(fallen > 0 && expected > 0, $"fallen {fallen}");
        Assert.Equal((fallen, expected, 0m), (Rub(second.Refunded), Rub(second.PenaltiesReturned), Rub(second.DeferralInterestReturned)));
        Assert.Equal((Rub(after.Assessed), true), (Rub(after.Paid), after.Settled));
    }
}
