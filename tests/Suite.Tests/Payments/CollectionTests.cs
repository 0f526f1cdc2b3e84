using Customs.BuildingBlocks.Identity;
using Customs.Payments.V1;
using Google.Rpc;
using Grpc.Core;
using static Customs.Suite.Tests.Payments.PaymentsDriver;

namespace Customs.Suite.Tests.Payments;

/// <summary>Arts. 348, 351-354 against the running graph: after an unmet demand, the bank accounts first, then the advances.</summary>
[Collection(GraphCollection.Name)]
public sealed class CollectionTests(GraphFixture graph)
{
    private const string Payer = "7736050003";

    [Fact]
    public async Task After_an_unmet_demand_the_bank_accounts_come_first_advances_are_taken_once_with_a_receipt_and_the_banks_execution_is_booked_once()
    {
        using var payments = new PaymentsDriver(graph.App);
        var collection = new CollectionService.CollectionServiceClient(graph.App.CreateGrpcChannel("payments"));
        var head = graph.App.As(Callers.Officer("head-12c", OfficerRole.Head));
        var bank = graph.App.As(CallerIdentity.Create(CallerRole.BankOrInsurer, "7702070139", "7702070139", null, null));
        var id = NewId("collected");
        // 47,355.40 RUB due by 19.04.2025; the demand handed on 05.05.2025 had to be met by 20.05.2025 (Art. 350(4)); 20,000.00 of advances.
        var demandId = await payments.UnmetDemandWithAdvancesAsync(id, Payer, bank);
        CollectArrearsRequest Act(CollectionSource source, int day) => new()
        {
            Reference = NewId("act"), DeclarationId = id, DemandId = demandId, Source = source, PayerKind = PayerKind.Organisation, DecidedOn = Day(2025, 5, day),
        };

        var early = await Assert.ThrowsAsync<RpcException>(() => collection.CollectArrearsAsync(Act(CollectionSource.BankAccounts, 20), head).ResponseAsync);
        var outOfOrder = await Assert.ThrowsAsync<RpcException>(() => collection.CollectArrearsAsync(Act(CollectionSource.OtherProperty, 21), head).ResponseAsync);
        // Wednesday 21.05.2025: penalty 20.04-21.05, 32 days at 21%: 47,355.40 x 21% / 300 x 32 = 1,060.76; the bank by Thursday 22.05.
        var fromBank = (await collection.CollectArrearsAsync(Act(CollectionSource.BankAccounts, 21), head)).Act;
        var fromAdvances = Act(CollectionSource.Advances, 21);
        var taken = await collection.CollectArrearsAsync(fromAdvances, head);
        var again = await collection.CollectArrearsAsync(fromAdvances, head);
        var acts = (await collection.ListCollectionActsAsync(new() { DeclarationId = id }, payments.Inspector)).Acts;
        var account = (await payments.Client.GetPayerAccountAsync(new() { TaxpayerNumber = Payer }, payments.Inspector)).Account;
        var obligation = (await payments.Client.GetObligationAsync(new() { DeclarationId = id, On = Day(2025, 5, 21) }, payments.Inspector)).Obligation;

        Assert.Equal("DEMAND_NOT_EXPIRED", early.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        Assert.Equal("COLLECTION_ORDER", outOfOrder.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        Assert.Equal((47_355.40m, 1_060.76m), (Rub(fromBank.Payments), Rub(fromBank.Penalties)));
        Assert.Equal((5, 22), (fromBank.NextStepBy.Month, fromBank.NextStepBy.Day));
        Assert.Equal((true, false), (taken.Created, again.Created));
        Assert.Equal(taken.Act, again.Act);
        Assert.Equal(20_000m, Rub(taken.Act.Collected));
        Assert.NotEmpty(taken.Act.ReceiptNumber);
        Assert.Equal([CollectionSource.BankAccounts, CollectionSource.Advances], acts.Select(a => a.Source));
        Assert.Equal(0m, Rub(account.Balance));
        Assert.Equal((20_000m, 27_355.40m), (Rub(obligation.Paid), Rub(obligation.Outstanding)));

        // The bank executes the order on Thursday 22.05.2025 (Art. 354(2)) with 30,000.00: the penalty of 22.05 on the 27,355.40
        // left, x 21% / 300 = 19.15 (1,079.91 in all); the duties first, then the penalties (349(7)); 1,564.69 is collected in
        // excess (355(1)). Art. 332[1]: met "from the moment when the necessary funds have been debited from the payer's bank account".
        var proceeds = new RecordCollectionProceedsRequest { PaymentReference = NewId("executed"), ActId = fromBank.ActId, Amount = Amount(30_000m, "RUB"), ReceivedOn = Day(2025, 5, 22) };
        var booked = await collection.RecordCollectionProceedsAsync(proceeds, payments.Inspector);
        var repeated = await collection.RecordCollectionProceedsAsync(proceeds, payments.Inspector);
        var reused = await Assert.ThrowsAsync<RpcException>(() => collection.RecordCollectionProceedsAsync(
            new RecordCollectionProceedsRequest(proceeds) { Amount = Amount(31_000m, "RUB") }, payments.Inspector).ResponseAsync);
        var fromTaken = await Assert.ThrowsAsync<RpcException>(() => collection.RecordCollectionProceedsAsync(
            new RecordCollectionProceedsRequest(proceeds) { PaymentReference = NewId("executed"), ActId = taken.Act.ActId }, payments.Inspector).ResponseAsync);
        var settled = (await payments.Client.GetObligationAsync(new() { DeclarationId = id, On = Day(2025, 5, 22) }, payments.Inspector)).Obligation;

        Assert.Equal((true, false), (booked.Created, repeated.Created));
        Assert.Equal(booked.Proceeds, repeated.Proceeds);
        Assert.Equal((27_355.40m, 0m, 1_079.91m, 1_564.69m),
            (Rub(booked.Proceeds.ToPayments), Rub(booked.Proceeds.ToInterest), Rub(booked.Proceeds.ToPenalties), Rub(booked.Proceeds.Excess)));
        Assert.Equal("PAYMENT_REFERENCE_REUSED", reused.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        Assert.Equal("PROCEEDS_NOT_EXPECTED", fromTaken.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        Assert.True(settled.Settled);
    }

    [Fact]
    public async Task Collection_from_advances_takes_the_roubles_then_the_euros_held_at_the_acceptance_days_rate_each_with_a_receipt()
    {
        // A payer no other test uses: the act takes all its advances (Art. 353(1)).
        const string payer = "7725120019";
        using var payments = new PaymentsDriver(graph.App);
        var collection = new CollectionService.CollectionServiceClient(graph.App.CreateGrpcChannel("payments"));
        var head = graph.App.As(Callers.Officer("head-12c", OfficerRole.Head));
        var bank = graph.App.As(CallerIdentity.Create(CallerRole.BankOrInsurer, "7702070139", "7702070139", null, null));
        var id = NewId("collected-eur");
        // 47,355.40 RUB due by 19.04.2025, the demand unmet by 20.05.2025; 20,000.00 RUB of advances, and 500 EUR paid on
        // 04.04.2025 (Art. 330(2); the central bank's euro was 93.1608 RUB that day, cbr-2025-04-04.xml).
        var demandId = await payments.UnmetDemandWithAdvancesAsync(id, payer, bank);
        await payments.Client.RecordPaymentAsync(new()
        {
            PaymentReference = NewId("transfer"), PayerTaxpayerNumber = payer, Amount = Amount(500m, "EUR"), PaidOn = Day(2025, 4, 4),
        }, bank);
        CollectArrearsRequest Act(CollectionSource source) => new()
        {
            Reference = NewId("act"), DeclarationId = id, DemandId = demandId, Source = source, PayerKind = PayerKind.Organisation, DecidedOn = Day(2025, 5, 21),
        };
        await collection.CollectArrearsAsync(Act(CollectionSource.BankAccounts), head);

        // Owed on 21.05.2025: 47,355.40 + the penalty of 1,060.76 = 48,416.16 RUB. Held: 20,000.00 RUB + 500 EUR x 93.1608
        // (the acceptance day's rate, 331(3)) = 46,580.40 RUB. The roubles first, then 28,416.16 RUB from the euros:
        // 28,416.16 / 93.1608 = 305.0227... EUR, so 305.03 EUR are taken and 194.97 EUR stay the payer's.
        var taken = (await collection.CollectArrearsAsync(Act(CollectionSource.Advances), head)).Act;
        var account = (await payments.Client.GetPayerAccountAsync(new() { TaxpayerNumber = payer }, payments.Inspector)).Account;

        Assert.Equal(48_416.16m, Rub(taken.Collected));
        var euros = Assert.Single(taken.OtherReceiptNumbers);
        Assert.Equal(0m, Rub(account.Balance));
        Assert.Equal(("EUR", 194, 970_000_000), (Assert.Single(account.ForeignBalances).CurrencyCode, account.ForeignBalances[0].Units, account.ForeignBalances[0].Nanos));
        var fromRoubles = Assert.Single(account.Entries, e => e.Reference == taken.ReceiptNumber);
        var fromEuros = Assert.Single(account.Entries, e => e.Reference == euros);
        Assert.Equal(-20_000m, Rub(fromRoubles.Amount));
        Assert.Equal(("EUR", -305, -30_000_000, -28_416.16m), (fromEuros.Amount.CurrencyCode, fromEuros.Amount.Units, fromEuros.Amount.Nanos, Rub(fromEuros.AmountRub)));
        Assert.Contains("in force on 2025-04-04", fromEuros.Conversion.Rate);
    }
}
