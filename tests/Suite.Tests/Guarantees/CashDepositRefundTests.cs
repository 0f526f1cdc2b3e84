using Customs.BuildingBlocks.Identity;
using Customs.Guarantees.V1;
using Customs.Payments.V1;
using Customs.Suite.Tests.Payments;
using Grpc.Core;
using static Customs.Suite.Tests.Guarantees.GuaranteesDriver;
using static Customs.Suite.Tests.Payments.PaymentsDriver;

namespace Customs.Suite.Tests.Guarantees;

/// <summary>
/// Cash deposits through the real API: refunded on the customs receipt by the office that received the deposit or where a
/// procedure it secured was completed (357(2), (3)), in the currency paid (345(1), 357(3)); the part kept while the payer
/// has arrears (357(5)) collected for them on the head's resolution after an unmet demand, the notice the next working day (353(2)).
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class CashDepositRefundTests(GraphFixture graph)
{
    [Fact]
    public async Task The_part_of_a_deposit_kept_for_the_arrears_is_collected_for_them_after_the_unmet_demand_with_the_notice_the_next_working_day()
    {
        using var g = new GuaranteesDriver(graph.App);
        using var payments = new PaymentsDriver(graph.App);
        var head = graph.App.As(Callers.Officer("head-13c", OfficerRole.Head));
        var (payer, declaration) = (Callers.NewTaxpayerNumber(), NewId("arrears"));
        // 47,355.40 RUB due by 19.04.2025; the demand handed on 05.05.2025 had to be met by 20.05.2025 (Art. 350(4)).
        await payments.Client.AssessDeclarationAsync(new()
        {
            CustomsOfficeCode = Sheremetyevo, DeclarationId = declaration, Kind = DeclarationKind.Commercial, AcceptanceDate = Day(2025, 4, 4),
            PayerTaxpayerNumber = payer, Items = { Item(1, "6403990000", 1_000m, quantity: 100) },
        }, payments.Inspector);
        var demand = await payments.Client.IssueDemandAsync(new()
        {
            DeclarationId = declaration, DiscoveredOn = Day(2025, 5, 5), DispatchedOn = Day(2025, 5, 5), Delivery = Customs.Payments.V1.DemandDelivery.Handed, WorkingDaysToMeet = 10,
        }, payments.Inspector);
        var deposit = (await g.Securities.AcceptSecurityAsync(new()
        {
            SecurityReference = NewId("cash"), Method = Customs.Guarantees.V1.SecurityMethod.CashDeposit, PrincipalTaxpayerNumber = payer,
            Amount = Amount(60_000m, "RUB"), AcceptedOn = Day(2025, 5, 1),
        }, g.Inspector)).Security;
        var refund = new ReleaseSecurityRequest
        {
            SecurityId = deposit.SecurityId, ReleaseReference = NewId("refund"), Disposition = SecurityDisposition.Refunded, ReleasedOn = Day(2025, 5, 21),
        };

        var withoutReceipt = await Refused(g.Securities.ReleaseSecurityAsync(refund, g.Inspector));
        var otherReceipt = await Refused(g.Securities.ReleaseSecurityAsync(new ReleaseSecurityRequest(refund) { ReceiptNumber = "10005000/010525/FFFFFFFF" }, g.Inspector));
        refund.ReceiptNumber = deposit.Receipt.Number;
        var otherOffice = await Refused(g.Securities.ReleaseSecurityAsync(refund, g.InspectorOf("10702000")));
        // 357(5): 60,000.00 less the arrears of 47,355.40 (duties past their term, no penalty charged yet): 12,644.60 back.
        var refunded = await g.Securities.ReleaseSecurityAsync(refund, g.Inspector);
        var collect = new CollectFromCashDepositRequest
        {
            SecurityId = deposit.SecurityId, CollectionReference = NewId("resolution"), DeclarationId = declaration, DemandId = demand.DemandId, CollectedOn = Day(2025, 5, 20),
        };
        var early = await Refused(g.Securities.CollectFromCashDepositAsync(collect, head));
        var byInspector = await Refused(g.Securities.CollectFromCashDepositAsync(new CollectFromCashDepositRequest(collect) { CollectedOn = Day(2025, 5, 21) }, g.Inspector));
        collect.CollectedOn = Day(2025, 5, 21);
        // Wednesday 21.05.2025: the 47,355.40 kept pays the duties; the penalty 20.04-21.05 (32 days at 21%: 1,060.76) stays owed.
        var taken = await g.Securities.CollectFromCashDepositAsync(collect, head);
        var again = await g.Securities.CollectFromCashDepositAsync(collect, head);
        var nothingLeft = await Refused(g.Securities.CollectFromCashDepositAsync(new CollectFromCashDepositRequest(collect) { CollectionReference = NewId("resolution") }, head));
        var shown = (await g.Securities.GetSecurityAsync(new() { SecurityId = deposit.SecurityId }, g.Inspector)).Security;
        var obligation = (await payments.Client.GetObligationAsync(new() { DeclarationId = declaration, On = Day(2025, 5, 21) }, payments.Inspector)).Obligation;

        Assert.Equal((StatusCode.FailedPrecondition, "RECEIPT_REQUIRED"), withoutReceipt);
        Assert.Equal((StatusCode.FailedPrecondition, "RECEIPT_MISMATCH"), otherReceipt);
        Assert.Equal((StatusCode.FailedPrecondition, "NOT_REFUNDING_OFFICE"), otherOffice);
        Assert.Equal((12_644.60m, 47_355.40m, 12_644.60m, "RUB", "10005000"),
            (Rub(refunded.Refund), Rub(refunded.KeptForArrears), Value(refunded.RefundAsPaid), refunded.RefundAsPaid.CurrencyCode, refunded.RefundingOfficeCode));
        Assert.Equal((StatusCode.FailedPrecondition, "DEMAND_NOT_EXPIRED"), early);
        Assert.Equal(StatusCode.PermissionDenied, byInspector.Item1);
        Assert.Equal((47_355.40m, 47_355.40m, 0m, 0m), (Rub(taken.Amount), Rub(taken.ToPayments), Rub(taken.ToInterest), Rub(taken.ToPenalties)));
        Assert.Equal((2025, 5, 22), (taken.NoticeBy.Year, taken.NoticeBy.Month, taken.NoticeBy.Day));
        Assert.Equal((true, false, taken.Amount), (taken.Created, again.Created, again.Amount));
        Assert.Equal((StatusCode.FailedPrecondition, "DEPOSIT_EXHAUSTED"), nothingLeft);
        Assert.Equal((47_355.40m, 12_644.60m, 0m), (Rub(shown.Called), Rub(shown.Refunded), Rub(shown.Available)));
        Assert.Equal((0m, 1_060.76m), (Rub(obligation.Outstanding), Rub(obligation.PenaltyCharged) - Rub(obligation.PenaltyPaid)));
    }

    [Fact]
    public async Task A_deposit_in_dollars_is_worth_its_roubles_on_the_day_of_acceptance_and_is_refunded_in_dollars_where_its_procedure_was_completed()
    {
        using var g = new GuaranteesDriver(graph.App);
        var payer = Callers.NewTaxpayerNumber();
        // The central bank's rate of 04.04.2025: 84.3830 RUB per USD; 1,000.00 USD = 84,383.00 RUB.
        var accepted = await g.Securities.AcceptSecurityAsync(new()
        {
            SecurityReference = NewId("usd"), Method = Customs.Guarantees.V1.SecurityMethod.CashDeposit, PrincipalTaxpayerNumber = payer,
            Amount = Amount(1_000m, "USD"), AcceptedOn = Day(2025, 4, 4), General = true,
        }, g.Inspector);
        var noRate = await Refused(g.Securities.AcceptSecurityAsync(new()
        {
            SecurityReference = NewId("xau"), Method = Customs.Guarantees.V1.SecurityMethod.CashDeposit, PrincipalTaxpayerNumber = payer,
            Amount = Amount(1_000m, "XAU"), AcceptedOn = Day(2025, 4, 4),
        }, g.Inspector));
        var deposit = accepted.Security;
        var operation = NewId("op");
        // A general deposit secures a procedure at Vladivostok, completed there (the reservation released).
        await g.Securities.ReserveSecurityAsync(new()
        {
            SecurityId = deposit.SecurityId, OperationReference = operation, DeclarationId = NewId("transit"), Amount = Amount(50_000m, "RUB"),
        }, g.InspectorOf("10702000"));
        await g.Securities.EndReservationAsync(new()
        {
            SecurityId = deposit.SecurityId, OperationReference = operation, Outcome = ReservationStatus.Released, EndedOn = Day(2025, 4, 10),
        }, g.InspectorOf("10702000"));
        var refund = new ReleaseSecurityRequest
        {
            SecurityId = deposit.SecurityId, ReleaseReference = NewId("refund"), Disposition = SecurityDisposition.Refunded, ReleasedOn = Day(2025, 4, 11),
            ReceiptNumber = deposit.Receipt.Number,
        };

        var elsewhere = await Refused(g.Securities.ReleaseSecurityAsync(refund, g.InspectorOf("10216000")));
        var refunded = await g.Securities.ReleaseSecurityAsync(refund, g.InspectorOf("10702000"));

        Assert.Equal((84_383.00m, 1_000m, "USD"), (Rub(deposit.Amount), Value(deposit.Deposit), deposit.Deposit.CurrencyCode));
        Assert.Equal((deposit.ReceiptNumber, "10005000", payer, "USD"), (deposit.Receipt.Number, deposit.Receipt.OfficeCode, deposit.Receipt.PayerTaxpayerNumber, deposit.Receipt.Amount.CurrencyCode));
        Assert.Equal((StatusCode.FailedPrecondition, "EXCHANGE_RATE_NOT_SET"), noRate);
        Assert.Equal((StatusCode.FailedPrecondition, "NOT_REFUNDING_OFFICE"), elsewhere);
        Assert.Equal((84_383.00m, 1_000m, "USD", "10702000"),
            (Rub(refunded.Refund), Value(refunded.RefundAsPaid), refunded.RefundAsPaid.CurrencyCode, refunded.RefundingOfficeCode));
    }
}
