using Customs.Guarantees.V1;
using Customs.Payments.V1;
using Customs.Suite.Tests.Payments;
using static Customs.Suite.Tests.Guarantees.GuaranteesDriver;
using static Customs.Suite.Tests.Payments.PaymentsDriver;

namespace Customs.Suite.Tests.Guarantees;

/// <summary>A cash deposit called for a breached obligation pays it (Art. 345(3)): the duties owed are taken, the rest stays available.</summary>
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
        await g.Securities.ReserveSecurityAsync(new()
        {
            SecurityId = deposit.SecurityId, OperationReference = operation, DeclarationId = declaration, Amount = Amount(100_000m, "RUB"),
        }, g.Inspector);

        var called = await g.Securities.EndReservationAsync(new()
        {
            SecurityId = deposit.SecurityId, OperationReference = operation, Outcome = ReservationStatus.Called, EndedOn = Day(today),
        }, g.Inspector);
        var obligation = (await payments.Client.GetObligationAsync(new() { DeclarationId = declaration, On = Day(today) }, payments.Inspector)).Obligation;
        var shown = (await g.Securities.GetSecurityAsync(new() { SecurityId = deposit.SecurityId }, g.Inspector)).Security;

        Assert.InRange(owed, 0.01m, 99_999.99m);
        Assert.True(obligation.Settled);
        Assert.Equal((owed, 100_000m - owed, 0m), (Rub(shown.Called), Rub(shown.Available), Rub(shown.Reserved)));
        Assert.Equal(100_000m - owed, Rub(called.Available));
    }
}
