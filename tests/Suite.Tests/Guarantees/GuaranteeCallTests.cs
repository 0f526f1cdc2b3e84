using Customs.Guarantees.V1;
using Customs.Payments.V1;
using Customs.Suite.Tests.Payments;
using Dapper;
using Grpc.Core;
using static Customs.Suite.Tests.Guarantees.GuaranteesDriver;
using static Customs.Suite.Tests.Payments.PaymentsDriver;

namespace Customs.Suite.Tests.Guarantees;

/// <summary>
/// Calling a general bank guarantee on the running graph (Arts. 337(3), 342, 349(3)): a declaration secured by it is not paid
/// by its term, arrears arise, the guarantee is called by a demand to the bank with penalties for three months at most, the
/// bank pays (booked once), the duties and its penalties are paid, the penalties of the later days stay the payer's
/// (349(2)), and the reservation ends as called. The refinancing rate is loaded to 22.03.2026, so the declaration's dates,
/// the demand's and the payment's are fixed in 2025 (a day before today, as an officer records a demand sent earlier).
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class GuaranteeCallTests(GraphFixture graph)
{
    private const string OtherOffice = "10216000";

    [Fact]
    public async Task An_unpaid_declaration_secured_by_a_general_guarantee_is_paid_by_the_guarantor_its_demand_the_later_penalties_stay_the_payers_and_the_reservation_ends_called()
    {
        using var g = new GuaranteesDriver(graph.App);
        using var payments = new PaymentsDriver(graph.App);
        var today = await graph.App.TodayAsync();
        var (bank, _) = await g.EnterBankAsync(new DateOnly(2025, 3, 3), Limits(10_000m, 5_000_000m, 50_000_000m)); // in the register from 01.04.2025
        var (principal, declaration) = (Callers.NewTaxpayerNumber(), NewId("guaranteed"));
        // Presented 04.04.2025: the term of Art. 329(1) ends on 19.04.2025.
        var assessed = (await payments.Client.AssessDeclarationAsync(new()
        {
            CustomsOfficeCode = Sheremetyevo, DeclarationId = declaration, Kind = Customs.Payments.V1.DeclarationKind.Commercial, AcceptanceDate = Day(2025, 4, 4),
            GoodsPresentedOn = Day(2025, 4, 4), PayerTaxpayerNumber = principal, Items = { Item(1, "6403990000", 1_000m, quantity: 100) },
        }, payments.Inspector)).Assessment;
        var guarantee = (await g.Securities.AcceptSecurityAsync(new()
        {
            SecurityReference = NewId("general-bg"), Method = SecurityMethod.BankGuarantee, PrincipalTaxpayerNumber = principal, GuarantorTaxpayerNumber = bank,
            Amount = Amount(500_000m, "RUB"), AcceptedOn = Day(2025, 4, 4), General = true,
        }, g.Inspector)).Security;
        var operation = NewId("op");
        // Art. 338(1): the reservation is what the declaration owes (47,355.40 for 100 pairs), no more. The examination then
        // establishes 80 pairs: the duties fall, and the reservation covers them with their penalties.
        await g.Securities.ReserveSecurityAsync(new()
        {
            SecurityId = guarantee.SecurityId, OperationReference = operation, DeclarationId = declaration, Amount = assessed.Total,
        }, g.InspectorOf(OtherOffice));
        await payments.Client.ReassessDeclarationAsync(new()
        {
            DeclarationId = declaration, ExpectedVersion = assessed.Version, Items = { Item(1, "6403990000", 1_000m, quantity: 80) }, Reason = "Act of examination: 80 pairs",
        }, payments.Inspector);
        await using var db = await graph.App.CreateDataSourceAsync("payments-db");
        await using var connection = await db.OpenConnectionAsync();
        var arose = await Eventually.WaitAsync(
            () => connection.ExecuteScalarAsync<DateOnly?>("select arrears_arose_on from obligations where declaration_id = @declaration", new { declaration }),
            d => d is not null, TimeSpan.FromSeconds(60), "the arrears of the unpaid declaration");
        var duties = Rub((await payments.Client.GetObligationAsync(new() { DeclarationId = declaration, On = Day(2025, 4, 19) }, payments.Inspector)).Obligation.Outstanding);
        var notYet = await Refused(g.Securities.EndReservationAsync(new()
        {
            SecurityId = guarantee.SecurityId, OperationReference = operation, Outcome = ReservationStatus.Called, EndedOn = Day(today),
        }, g.Inspector));

        var call = new CallGuaranteeRequest { SecurityId = guarantee.SecurityId, OperationReference = operation, DemandReference = NewId("demand"), DispatchedOn = Day(2025, 9, 30),
            Delivery = Customs.Guarantees.V1.DemandDelivery.RegisteredMail, WorkingDaysToMeet = 10,
        };
        var demand = (await g.Demands.CallGuaranteeAsync(call, g.Inspector)).Demand;
        var calledAgain = await g.Demands.CallGuaranteeAsync(call, g.Inspector);
        var releasedWhileOpen = await Refused(g.Securities.EndReservationAsync(new()
        {
            SecurityId = guarantee.SecurityId, OperationReference = operation, Outcome = ReservationStatus.Released, EndedOn = Day(today),
        }, g.Inspector));
        var pay = new RecordGuarantorPaymentRequest { DemandId = demand.DemandId, PaymentReference = NewId("bank-pay"), Amount = demand.Amount, PaidOn = Day(2025, 10, 15) };
        var paid = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => g.Demands.RecordGuarantorPaymentAsync(pay, g.Bank(bank)).ResponseAsync));
        var otherBank = await Refused(g.Demands.RecordGuarantorPaymentAsync(pay, g.Bank(Callers.NewTaxpayerNumber())));

        var obligation = (await payments.Client.GetObligationAsync(new() { DeclarationId = declaration, On = Day(2025, 10, 15) }, payments.Inspector)).Obligation;
        var shown = (await g.Securities.GetSecurityAsync(new() { SecurityId = guarantee.SecurityId, IncludeEnded = true }, g.Inspector)).Security;
        var events = await connection.QueryAsync<(string Type, int Count)>("""
            select message_type, count(*)::int from outbox_messages
            where message_type in ('Customs.Payments.Contracts.GuarantorDemandIssued', 'Customs.Payments.Contracts.GuarantorPaid',
                                   'Customs.Payments.Contracts.SecurityCalled', 'Customs.Payments.Contracts.DeclarationPaymentsSettled')
              and payload ->> 'declarationId' = @declaration
            group by message_type order by message_type
            """, new { declaration });

        // Art. 349(3): three months from the day after the term (20.04.2025) end on 19.07.2025: 20.04-08.06, 50 days at 21%;
        // 09.06-19.07, 41 days at 20%; each part rounded to kopecks (the demand is dispatched on 30.09.2025, after them).
        // Art. 349(2): the obligation is charged its penalty to the payment on 15.10.2025, one part per rate: 20.04-08.06, 50
        // days at 21%; 09.06-27.07, 49 days at 20%; 28.07-14.09, 49 days at 18%; 15.09-15.10, 31 days at 17%. The guarantor pays
        // the three months' part; the rest (20.07-15.10) stays the payer's.
        var penalties = Part(duties, 0.21m, 50) + Part(duties, 0.20m, 41);
        var charged = Part(duties, 0.21m, 50) + Part(duties, 0.20m, 49) + Part(duties, 0.18m, 49) + Part(duties, 0.17m, 31);
        Assert.Equal(new DateOnly(2025, 4, 20), arose);
        // 80 pairs of 1,000 EUR at 93.1608: duty 2.5 EUR x 80 = 200 EUR = 18,632.16 (over 10% of 93,160.80); VAT 20% of
        // 111,792.96 = 22,358.59; fee 775.00: 41,765.75, and its demand with three months' penalties stays within 47,355.40.
        Assert.Equal((47_355.40m, 41_765.75m), (Rub(assessed.Total), duties));
        Assert.True(duties + penalties <= 47_355.40m, $"{duties + penalties} demanded of 47355.40 reserved");
        Assert.Equal((StatusCode.FailedPrecondition, "SECURITY_CALLED_BY_DEMAND"), notYet);
        Assert.Equal((duties, penalties, duties + penalties), (Rub(demand.Duties), Rub(demand.Penalties), Rub(demand.Amount)));
        Assert.Equal((Day(2025, 4, 19), Day(2025, 7, 19), bank), (demand.TermEndedOn, demand.LastPenaltyDay, demand.GuarantorTaxpayerNumber));
        // Art. 350(5), (4): mailed 30.09.2025, received 06.10.2025, to be met by 20.10.2025; open long after that, it is overdue.
        Assert.Equal((Day(2025, 10, 6), Day(2025, 10, 20), true), (demand.ReceivedOn, demand.MeetBy, demand.Overdue));
        Assert.False(calledAgain.Created);
        Assert.Equal(demand.DemandId, calledAgain.Demand.DemandId);
        Assert.Equal((StatusCode.FailedPrecondition, "GUARANTOR_DEMAND_OPEN"), releasedWhileOpen);
        Assert.Equal(1, paid.Count(p => p.Booked));
        Assert.All(paid, p => Assert.Equal((duties, penalties, GuarantorDemandStatus.Met, false, false),
            (Rub(p.ToPayments), Rub(p.ToPenalties), p.Demand.Status, p.Demand.Overdue, p.PaidLate)));
        Assert.Equal((StatusCode.PermissionDenied, "NOT_THE_PAYERS_ACCOUNT"), otherBank);
        Assert.False(obligation.Settled);
        Assert.Equal((0m, charged, penalties, Day(2025, 10, 15)),
            (Rub(obligation.Outstanding), Rub(obligation.PenaltyCharged), Rub(obligation.PenaltyPaid), obligation.PenaltySettledTo));
        Assert.Equal((0m, duties + penalties, 500_000m - duties - penalties), (Rub(shown.Reserved), Rub(shown.Called), Rub(shown.Available)));
        var reservation = Assert.Single(shown.Reservations);
        Assert.Equal((ReservationStatus.Called, Day(2025, 10, 15), OtherOffice), (reservation.Status, reservation.EndedOn, reservation.OfficeCode));
        // Not settled: the payer's penalties of the days after the three months are unpaid.
        Assert.Equal(
            [("Customs.Payments.Contracts.GuarantorDemandIssued", 1),
             ("Customs.Payments.Contracts.GuarantorPaid", 1), ("Customs.Payments.Contracts.SecurityCalled", 1)],
            events);
    }

    private static decimal Part(decimal arrears, decimal rate, int days) => Math.Round(arrears * rate / 300m * days, 2, MidpointRounding.AwayFromZero);
}
