using Customs.Guarantees.V1;
using Customs.Payments.V1;
using Customs.Suite.Tests.Payments;
using Grpc.Core;
using static Customs.Suite.Tests.Guarantees.GuaranteesDriver;
using static Customs.Suite.Tests.Payments.PaymentsDriver;

namespace Customs.Suite.Tests.Guarantees;

/// <summary>
/// The end of a whole security against the running graph: a bank guarantee released once what it secured ended no longer
/// counts against its bank (Arts. 337(5), 342(4)); a cash deposit refunded less the payer's arrears (357(5)) or kept for
/// future payments (345(4)); each applied once per reference.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class SecurityReleaseTests(GraphFixture graph)
{
    [Fact]
    public async Task A_bank_guarantee_released_once_its_operation_ended_no_longer_counts_against_its_bank()
    {
        using var g = new GuaranteesDriver(graph.App);
        using var payments = new PaymentsDriver(graph.App);
        var today = await graph.App.TodayAsync();
        var (bank, _) = await g.EnterBankAsync(today.AddMonths(-3), Limits(100_000m, 400_000m, 1_000_000m));
        // Art. 338(1): the operation reserves what its declaration owes.
        var (declaration, owed) = await AssessedDeclarationAsync(payments, today);
        var guarantee = (await g.Securities.AcceptSecurityAsync(new()
        {
            SecurityReference = NewId("bg"), Method = SecurityMethod.BankGuarantee, PrincipalTaxpayerNumber = Callers.NewTaxpayerNumber(),
            GuarantorTaxpayerNumber = bank, Amount = Amount(400_000m, "RUB"), AcceptedOn = Day(today.AddMonths(-1)),
        }, g.Inspector)).Security;
        var operation = NewId("op");
        await g.Securities.ReserveSecurityAsync(new()
        {
            SecurityId = guarantee.SecurityId, OperationReference = operation, DeclarationId = declaration, Amount = Amount(owed, "RUB"),
        }, g.Inspector);
        var release = new ReleaseSecurityRequest
        {
            SecurityId = guarantee.SecurityId, ReleaseReference = NewId("release"), Disposition = SecurityDisposition.Released, ReleasedOn = Day(today),
        };

        var whileHeld = await Refused(g.Securities.ReleaseSecurityAsync(release, g.Inspector));
        var asRefund = await Refused(g.Securities.ReleaseSecurityAsync(new ReleaseSecurityRequest(release) { Disposition = SecurityDisposition.Refunded }, g.Inspector));
        await g.Securities.EndReservationAsync(new()
        {
            SecurityId = guarantee.SecurityId, OperationReference = operation, Outcome = ReservationStatus.Released, EndedOn = Day(today),
        }, g.Inspector);
        var before = await g.Register.LookUpGuarantorAsync(new() { TaxpayerNumber = bank, On = Day(today) }, g.Inspector);
        var released = await g.Securities.ReleaseSecurityAsync(release, g.Inspector);
        var again = await g.Securities.ReleaseSecurityAsync(release, g.Inspector);
        var after = await g.Register.LookUpGuarantorAsync(new() { TaxpayerNumber = bank, On = Day(today) }, g.Inspector);
        var reused = await Refused(g.Securities.ReleaseSecurityAsync(new ReleaseSecurityRequest(release) { ReleasedOn = Day(today.AddDays(-1)) }, g.Inspector));
        var secondRelease = await Refused(g.Securities.ReleaseSecurityAsync(new ReleaseSecurityRequest(release) { ReleaseReference = NewId("release") }, g.Inspector));
        var reserveAfter = await Refused(g.Securities.ReserveSecurityAsync(new()
        {
            SecurityId = guarantee.SecurityId, OperationReference = NewId("op"), DeclarationId = NewId("decl"), Amount = Amount(1m, "RUB"),
        }, g.Inspector));
        var shown = (await g.Securities.GetSecurityAsync(new() { SecurityId = guarantee.SecurityId }, g.Inspector)).Security;

        Assert.Equal((StatusCode.FailedPrecondition, "SECURITY_STILL_HELD"), whileHeld);
        Assert.Equal((StatusCode.FailedPrecondition, "DISPOSITION_NOT_FOR_METHOD"), asRefund);
        Assert.Equal((400_000m, 600_000m), (Rub(before.Outstanding), Rub(before.Headroom)));
        Assert.Equal((true, false, SecurityDisposition.Released, 0m), (released.Created, released.Security.InForce, released.Disposition, Rub(released.Refund)));
        Assert.Equal((false, SecurityDisposition.Released), (again.Created, again.Disposition));
        Assert.Equal((0m, 1_000_000m), (Rub(after.Outstanding), Rub(after.Headroom)));
        Assert.Equal((StatusCode.AlreadyExists, "RELEASE_REFERENCE_REUSED"), reused);
        Assert.Equal((StatusCode.FailedPrecondition, "SECURITY_NOT_IN_FORCE"), secondRelease);
        Assert.Equal((StatusCode.FailedPrecondition, "SECURITY_NOT_IN_FORCE"), reserveAfter);
        Assert.False(shown.InForce);
    }

    [Fact]
    public async Task A_cash_deposit_is_refunded_less_the_payers_arrears_and_one_kept_for_future_payments_secures_the_next_operation()
    {
        using var g = new GuaranteesDriver(graph.App);
        using var payments = new PaymentsDriver(graph.App);
        var today = await graph.App.TodayAsync();
        var payer = Callers.NewTaxpayerNumber();
        var late = NewId("late");
        // Presented 30 days ago and unpaid: its term of 15 days (329(1)) has run out, so the payer has arrears.
        var assessed = await payments.Client.AssessDeclarationAsync(new()
        {
            CustomsOfficeCode = Sheremetyevo, DeclarationId = late, Kind = DeclarationKind.Commercial, AcceptanceDate = Day(2025, 4, 4), GoodsPresentedOn = Day(today.AddDays(-30)),
            PayerTaxpayerNumber = payer, Items = { Item(1, "6403990000", 1_000m, quantity: 100) },
        }, payments.Inspector);
        async Task<Security> DepositAsync() => (await g.Securities.AcceptSecurityAsync(new()
        {
            SecurityReference = NewId("cash"), Method = SecurityMethod.CashDeposit, PrincipalTaxpayerNumber = payer, Amount = Amount(100_000m, "RUB"),
            AcceptedOn = Day(today),
        }, g.Inspector)).Security;
        var refunded = await DepositAsync();
        var kept = await DepositAsync();

        // Art. 357(3): refunded on its customs receipt.
        var refund = await g.Securities.ReleaseSecurityAsync(new()
        {
            SecurityId = refunded.SecurityId, ReleaseReference = NewId("refund"), Disposition = SecurityDisposition.Refunded, ReleasedOn = Day(today),
            ReceiptNumber = refunded.ReceiptNumber,
        }, g.Inspector);
        var keep = await g.Securities.ReleaseSecurityAsync(new()
        {
            SecurityId = kept.SecurityId, ReleaseReference = NewId("keep"), Disposition = SecurityDisposition.Kept, ReleasedOn = Day(today),
        }, g.Inspector);
        // The next operation's declaration (2,000 EUR of footwear) reserves what it owes of the deposit kept (338(1)).
        var (nextDeclaration, nextOwed) = await AssessedDeclarationAsync(payments, today, valueEur: 2_000m, payer: payer);
        var next = await g.Securities.ReserveSecurityAsync(new()
        {
            SecurityId = kept.SecurityId, OperationReference = NewId("op"), DeclarationId = nextDeclaration, Amount = Amount(nextOwed, "RUB"),
        }, g.Inspector);
        // Nothing paid and no penalty charged yet (they are charged with a payment): the arrears are what was assessed.
        var arrears = Rub(assessed.Assessment.Total);

        Assert.InRange(arrears, 0.01m, 99_999.99m);
        Assert.Equal((100_000m - arrears, arrears, false), (Rub(refund.Refund), Rub(refund.KeptForArrears), refund.Security.InForce));
        Assert.Equal("RUB", refund.Refund.CurrencyCode);
        Assert.Equal((0m, 0m, true), (Rub(keep.Refund), Rub(keep.KeptForArrears), keep.Security.InForce));
        Assert.InRange(nextOwed, 20_000m, 99_999.99m);
        Assert.Equal(100_000m - nextOwed, Rub(next.Available));
    }
}
