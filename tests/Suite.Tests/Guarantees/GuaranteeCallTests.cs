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
/// bank pays (booked once), the arrears are settled and the reservation ends as called. The refinancing rate is loaded to
/// 22.03.2026, so the declaration's dates are fixed in 2025 and the three months of 349(3) end inside it; the demand and the
/// payment are dated on the services' clock.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class GuaranteeCallTests(GraphFixture graph)
{
    private const string OtherOffice = "10216000";

    [Fact]
    public async Task An_unpaid_declaration_secured_by_a_general_guarantee_is_settled_by_the_guarantor_paying_its_demand_and_the_reservation_ends_called()
    {
        using var g = new GuaranteesDriver(graph.App);
        using var payments = new PaymentsDriver(graph.App);
        var today = await graph.App.TodayAsync();
        var (bank, _) = await g.EnterBankAsync(new DateOnly(2025, 3, 3), Limits(10_000m, 5_000_000m, 50_000_000m)); // in the register from 01.04.2025
        var (principal, declaration) = (Callers.NewTaxpayerNumber(), NewId("guaranteed"));
        // Presented 04.04.2025: the term of Art. 329(1) ends on 19.04.2025.
        await payments.Client.AssessDeclarationAsync(new()
        {
            CustomsOfficeCode = Sheremetyevo, DeclarationId = declaration, Kind = Customs.Payments.V1.DeclarationKind.Commercial, AcceptanceDate = Day(2025, 4, 4),
            GoodsPresentedOn = Day(2025, 4, 4), PayerTaxpayerNumber = principal, Items = { Item(1, "6403990000", 1_000m, quantity: 100) },
        }, payments.Inspector);
        var guarantee = (await g.Securities.AcceptSecurityAsync(new()
        {
            SecurityReference = NewId("general-bg"), Method = SecurityMethod.BankGuarantee, PrincipalTaxpayerNumber = principal, GuarantorTaxpayerNumber = bank,
            Amount = Amount(500_000m, "RUB"), AcceptedOn = Day(2025, 4, 4), General = true,
        }, g.Inspector)).Security;
        var operation = NewId("op");
        await g.Securities.ReserveSecurityAsync(new()
        {
            SecurityId = guarantee.SecurityId, OperationReference = operation, DeclarationId = declaration, Amount = Amount(300_000m, "RUB"),
        }, g.InspectorOf(OtherOffice));
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

        var call = new CallGuaranteeRequest { SecurityId = guarantee.SecurityId, OperationReference = operation, DemandReference = NewId("demand"), DispatchedOn = Day(today) };
        var demand = (await g.Demands.CallGuaranteeAsync(call, g.Inspector)).Demand;
        var calledAgain = await g.Demands.CallGuaranteeAsync(call, g.Inspector);
        var releasedWhileOpen = await Refused(g.Securities.EndReservationAsync(new()
        {
            SecurityId = guarantee.SecurityId, OperationReference = operation, Outcome = ReservationStatus.Released, EndedOn = Day(today),
        }, g.Inspector));
        var pay = new RecordGuarantorPaymentRequest { DemandId = demand.DemandId, PaymentReference = NewId("bank-pay"), Amount = demand.Amount, PaidOn = Day(today) };
        var paid = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => g.Demands.RecordGuarantorPaymentAsync(pay, g.Bank(bank)).ResponseAsync));
        var otherBank = await Refused(g.Demands.RecordGuarantorPaymentAsync(pay, g.Bank(Callers.NewTaxpayerNumber())));

        var obligation = (await payments.Client.GetObligationAsync(new() { DeclarationId = declaration, On = Day(today) }, payments.Inspector)).Obligation;
        var shown = (await g.Securities.GetSecurityAsync(new() { SecurityId = guarantee.SecurityId, IncludeEnded = true }, g.Inspector)).Security;
        var events = await connection.QueryAsync<(string Type, int Count)>("""
            select message_type, count(*)::int from outbox_messages
            where message_type in ('Customs.Payments.Contracts.GuarantorDemandIssued', 'Customs.Payments.Contracts.GuarantorPaid',
                                   'Customs.Payments.Contracts.SecurityCalled', 'Customs.Payments.Contracts.DeclarationPaymentsSettled')
              and payload ->> 'declarationId' = @declaration
            group by message_type order by message_type
            """, new { declaration });

        // Art. 349(3): three months from the day after the term (20.04.2025) end on 19.07.2025: 20.04-08.06, 50 days at 21%;
        // 09.06-19.07, 41 days at 20%; each part rounded to kopecks (the demand is dispatched long after, on the services' day).
        var penalties = Math.Round(duties * 0.21m / 300m * 50m, 2, MidpointRounding.AwayFromZero) + Math.Round(duties * 0.20m / 300m * 41m, 2, MidpointRounding.AwayFromZero);
        Assert.Equal(new DateOnly(2025, 4, 20), arose);
        Assert.InRange(duties, 1m, 200_000m);
        Assert.Equal((StatusCode.FailedPrecondition, "SECURITY_CALLED_BY_DEMAND"), notYet);
        Assert.Equal((duties, penalties, duties + penalties), (Rub(demand.Duties), Rub(demand.Penalties), Rub(demand.Amount)));
        Assert.Equal((Day(2025, 4, 19), Day(2025, 7, 19), bank), (demand.TermEndedOn, demand.LastPenaltyDay, demand.GuarantorTaxpayerNumber));
        Assert.False(calledAgain.Created);
        Assert.Equal(demand.DemandId, calledAgain.Demand.DemandId);
        Assert.Equal((StatusCode.FailedPrecondition, "GUARANTOR_DEMAND_OPEN"), releasedWhileOpen);
        Assert.Equal(1, paid.Count(p => p.Booked));
        Assert.All(paid, p => Assert.Equal((duties, penalties, GuarantorDemandStatus.Met), (Rub(p.ToPayments), Rub(p.ToPenalties), p.Demand.Status)));
        Assert.Equal((StatusCode.PermissionDenied, "NOT_THE_PAYERS_ACCOUNT"), otherBank);
        Assert.True(obligation.Settled);
        Assert.Equal((0m, penalties, penalties), (Rub(obligation.Outstanding), Rub(obligation.PenaltyCharged), Rub(obligation.PenaltyPaid)));
        Assert.Equal((0m, duties + penalties, 500_000m - duties - penalties), (Rub(shown.Reserved), Rub(shown.Called), Rub(shown.Available)));
        var reservation = Assert.Single(shown.Reservations);
        Assert.Equal((ReservationStatus.Called, Day(today), OtherOffice), (reservation.Status, reservation.EndedOn, reservation.OfficeCode));
        Assert.Equal(
            [("Customs.Payments.Contracts.DeclarationPaymentsSettled", 1), ("Customs.Payments.Contracts.GuarantorDemandIssued", 1),
             ("Customs.Payments.Contracts.GuarantorPaid", 1), ("Customs.Payments.Contracts.SecurityCalled", 1)],
            events);
    }
}
