using Customs.Guarantees.V1;
using Grpc.Core;
using static Customs.Suite.Tests.Guarantees.GuaranteesDriver;
using static Customs.Suite.Tests.Payments.PaymentsDriver;

namespace Customs.Suite.Tests.Guarantees;

/// <summary>A general guarantee's reservations outlive a restart of the Payments service (Art. 337(3); issue 13).</summary>
[Collection(GraphCollection.Name)]
public sealed class ReservationRestartTests(GraphFixture graph)
{
    [Fact]
    public async Task Reservations_outlive_a_restart_of_payments_and_are_neither_lost_nor_applied_twice_after_it()
    {
        using var g = new GuaranteesDriver(graph.App);
        var today = await graph.App.TodayAsync();
        var general = (await g.Securities.AcceptSecurityAsync(new()
        {
            SecurityReference = NewId("general"), Method = SecurityMethod.Surety, PrincipalTaxpayerNumber = Callers.NewTaxpayerNumber(),
            GuarantorTaxpayerNumber = Callers.NewTaxpayerNumber(), Amount = Amount(500_000m, "RUB"), AcceptedOn = Day(today), General = true,
        }, g.Inspector)).Security;
        ReserveSecurityRequest Op(decimal amount) => new()
        {
            SecurityId = general.SecurityId, OperationReference = NewId("op"), DeclarationId = NewId("decl"), Amount = Amount(amount, "RUB"),
        };
        var (first, second) = (Op(200_000m), Op(250_000m));
        await g.Securities.ReserveSecurityAsync(first, g.InspectorOf("10005000"));
        await g.Securities.ReserveSecurityAsync(second, g.InspectorOf("10216000"));

        using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3)))
        {
            await graph.App.RestartKeepingClockAsync("payments", timeout.Token);
        }

        using var after = new GuaranteesDriver(graph.App);
        var shown = (await after.Securities.GetSecurityAsync(new() { SecurityId = general.SecurityId }, after.Inspector)).Security;
        var again = await after.Securities.ReserveSecurityAsync(second, after.InspectorOf("10216000"));
        var over = await Refused(after.Securities.ReserveSecurityAsync(Op(50_000.01m), after.InspectorOf("10702000")));
        var fits = await after.Securities.ReserveSecurityAsync(Op(50_000m), after.InspectorOf("10702000"));

        Assert.Equal((450_000m, 50_000m), (Rub(shown.Reserved), Rub(shown.Available)));
        Assert.Equal(
            [(first.OperationReference, "10005000", 200_000m), (second.OperationReference, "10216000", 250_000m)],
            shown.Reservations.Select(r => (r.OperationReference, r.OfficeCode, Rub(r.Amount))).OrderBy(r => r.Item3));
        Assert.False(again.Created);
        Assert.Equal((StatusCode.FailedPrecondition, "SECURITY_LIMIT_EXCEEDED"), over);
        Assert.Equal(0m, Rub(fits.Available));
    }
}
