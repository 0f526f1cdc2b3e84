using Customs.Guarantees.V1;
using Customs.Payments.V1;
using Customs.Suite.Tests.Payments;
using static Customs.Suite.Tests.Guarantees.GuaranteesDriver;
using static Customs.Suite.Tests.Payments.PaymentsDriver;

namespace Customs.Suite.Tests.Guarantees;

/// <summary>
/// A cash deposit called for a breached obligation pays it (Art. 345(3)): the duties owed are taken, the rest stays available.
/// The reservation is what the declaration owes, never more (Art. 338(1): "The security amount may not exceed the above sums
/// of dutiable payments"): a kopeck more is refused and nothing is written.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class CashDepositTests(GraphFixture graph)
{
    [Fact]
    public async Task A_called_cash_deposit_pays_what_the_declaration_owes_and_the_rest_of_its_reservation_stays_available()
    {
        using var g = new GuaranteesDriver(graph.App);
        using var payments = new PaymentsDriver(graph.App);
        var today = await graph.App.TodayAsync();
        var (payer, declaration) = (Callers.NewTaxpayerNumber(), NewId("secured"));
        await payments.Client.AssessDeclarationAsync(new()
        {
            CustomsOfficeCode = Sheremetyevo, DeclarationId = declaration, Kind = DeclarationKind.Commercial, AcceptanceDate = Day(2025, 4, 4), GoodsPresentedOn = Day(today), PayerTaxpayerNumber = payer,
            Items = { Item(1, "6403990000", 1_000m, quantity: 100) },
        }, payments.Inspector);
        var owed = Rub((await payments.Client.GetObligationAsync(new() { DeclarationId = declaration, On = Day(today) }, payments.Inspector)).Obligation.Outstanding);
        var deposit = (await g.Securities.AcceptSecurityAsync(new()
        {
            SecurityReference = NewId("cash"), Method = SecurityMethod.CashDeposit, PrincipalTaxpayerNumber = payer, Amount = Amount(100_000m, "RUB"),
            AcceptedOn = Day(today),
        }, g.Inspector)).Security;
        var operation = NewId("op");
        var reserve = new ReserveSecurityRequest
        {
            SecurityId = deposit.SecurityId, OperationReference = operation, DeclarationId = declaration, Amount = Amount(owed + 0.01m, "RUB"),
        };
        var above = await Refused(g.Securities.ReserveSecurityAsync(reserve, g.Inspector));
        // Art. 337(2): a declaration of 10 pairs worth 100 EUR owes under 20,000 RUB: no security is required of it.
        var (small, smallOwed) = await AssessedDeclarationAsync(payments, today, valueEur: 100m, pairs: 10, payer: payer);
        var notRequired = await Refused(g.Securities.ReserveSecurityAsync(new()
        {
            SecurityId = deposit.SecurityId, OperationReference = NewId("op"), DeclarationId = small, Amount = Amount(smallOwed, "RUB"),
        }, g.Inspector));
        var afterRefusal = (await g.Securities.GetSecurityAsync(new() { SecurityId = deposit.SecurityId, IncludeEnded = true }, g.Inspector)).Security;
        await g.Securities.ReserveSecurityAsync(new ReserveSecurityRequest(reserve) { Amount = Amount(owed, "RUB") }, g.Inspector);
        // 5,000.00 of it paid before the breach: the deposit pays the rest, and the rest of its reservation is available again.
        await payments.Client.RecordPaymentAsync(new()
        {
            PaymentReference = NewId("transfer"), PayerTaxpayerNumber = payer, Amount = Amount(5_000m, "RUB"), PaidOn = Day(today),
        }, payments.Inspector);
        await payments.Client.DirectAdvanceAsync(new() { PayerTaxpayerNumber = payer, DeclarationId = declaration, Amount = Amount(5_000m, "RUB") }, payments.Inspector);

        var called = await g.Securities.EndReservationAsync(new()
        {
            SecurityId = deposit.SecurityId, OperationReference = operation, Outcome = ReservationStatus.Called, EndedOn = Day(today),
        }, g.Inspector);
        var obligation = (await payments.Client.GetObligationAsync(new() { DeclarationId = declaration, On = Day(today) }, payments.Inspector)).Obligation;
        var shown = (await g.Securities.GetSecurityAsync(new() { SecurityId = deposit.SecurityId }, g.Inspector)).Security;

        Assert.Equal((Grpc.Core.StatusCode.FailedPrecondition, "SECURITY_ABOVE_PAYABLE"), above);
        Assert.InRange(smallOwed, 0.01m, 19_999.99m);
        Assert.Equal((Grpc.Core.StatusCode.FailedPrecondition, "SECURITY_NOT_REQUIRED"), notRequired);
        Assert.Equal((0m, 100_000m), (Rub(afterRefusal.Reserved), Rub(afterRefusal.Available)));
        Assert.Empty(afterRefusal.Reservations);
        Assert.InRange(owed, 20_000m, 99_999.99m);
        Assert.True(obligation.Settled);
        Assert.Equal((owed - 5_000m, 100_000m - owed + 5_000m, 0m), (Rub(shown.Called), Rub(shown.Available), Rub(shown.Reserved)));
        Assert.Equal(100_000m - owed + 5_000m, Rub(called.Available));
    }
}
