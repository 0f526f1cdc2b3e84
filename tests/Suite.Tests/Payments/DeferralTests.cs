using Customs.BuildingBlocks.Identity;
using Customs.Payments.V1;
using Google.Rpc;
using Grpc.Core;
using static Customs.Suite.Tests.Payments.PaymentsDriver;

namespace Customs.Suite.Tests.Payments;

/// <summary>Arts. 333-337 against the running graph: the payer asks once, the head decides, the obligation's term follows.</summary>
[Collection(GraphCollection.Name)]
public sealed class DeferralTests(GraphFixture graph)
{
    [Fact]
    public async Task Instalments_asked_twice_are_booked_once_granted_with_interest_and_move_the_declarations_term()
    {
        using var payments = new PaymentsDriver(graph.App);
        var deferrals = new DeferralService.DeferralServiceClient(graph.App.CreateGrpcChannel("payments"));
        var payer = graph.App.As(CallerIdentity.Create(CallerRole.Payer, "7707083893", "7707083893", null, null));
        var head = graph.App.As(Callers.Officer("head-12", OfficerRole.Head));
        var id = NewId("deferred");
        // Presented and accepted 04.04.2025: 47,355.40 RUB due by 19.04.2025 (Art. 329(1)).
        await payments.Client.AssessDeclarationAsync(new()
        {
            CustomsOfficeCode = Sheremetyevo, DeclarationId = id, Kind = DeclarationKind.Commercial, AcceptanceDate = Day(2025, 4, 4), PayerTaxpayerNumber = "7707083893",
            Items = { Item(1, "6403990000", 1_000m, quantity: 100) },
        }, payments.Inspector);
        var ask = new RequestDeferralRequest
        {
            RequestReference = NewId("ask"), DeclarationId = id, PayerTaxpayerNumber = "7707083893", Kind = DeferralKind.Instalments,
            Ground = DeferralGround.PerishableGoods, Months = 2, SubmittedOn = Day(2025, 4, 10),
        };

        var invalid = await Assert.ThrowsAsync<RpcException>(() => deferrals.RequestDeferralAsync(new RequestDeferralRequest(ask) { Months = 7 }, payer).ResponseAsync);
        var first = await deferrals.RequestDeferralAsync(ask, payer);
        var again = await deferrals.RequestDeferralAsync(ask, payer);

        Assert.Equal("months", invalid.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Single().Field);
        Assert.Equal((true, false), (first.Created, again.Created));
        Assert.Equal(first.Deferral.DeferralId, again.Deferral.DeferralId);
        Assert.Equal((4, 25), (first.Deferral.DecideBy.Month, first.Deferral.DecideBy.Day));

        // Granted 14.04 in two parts of 23,677.70 due 19.05 and 19.06, interest from 20.04 (Art. 336(1)):
        // part 1: 23,677.70 x 21% x 30/365 = 408.68; part 2: x 21% x 50/365 = 681.14 (to 08.06) + x 20% x 11/365 = 142.71.
        var decide = new DecideDeferralRequest
        {
            DeferralId = first.Deferral.DeferralId, Outcome = DeferralStatus.Approved, DecidedOn = Day(2025, 4, 14), SecurityReference = "guarantee-2025-17",
        };
        var granted = (await deferrals.DecideDeferralAsync(decide, head)).Deferral;
        var repeated = (await deferrals.DecideDeferralAsync(decide, head)).Deferral;
        var reversed = await Assert.ThrowsAsync<RpcException>(() => deferrals.DecideDeferralAsync(new DecideDeferralRequest
        {
            DeferralId = first.Deferral.DeferralId, Outcome = DeferralStatus.Refused, DecidedOn = Day(2025, 4, 15),
            RefusalGround = DeferralRefusalGround.InsolvencyProceedings,
        }, head).ResponseAsync);
        var obligation = (await payments.Client.GetObligationAsync(new() { DeclarationId = id, On = Day(2025, 6, 19) }, payments.Inspector)).Obligation;

        Assert.Equal(DeferralStatus.Approved, granted.Status);
        Assert.Equal([408.68m, 823.85m], granted.Schedule.Select(i => Rub(i.Interest)));
        Assert.Equal(1_232.53m, Rub(granted.Interest));
        Assert.Equal((true, 48_587.93m, "guarantee-2025-17"), (granted.Security.Required, Rub(granted.Security.Amount), granted.Security.Reference));
        Assert.Equal(granted, repeated);
        Assert.Equal(StatusCode.FailedPrecondition, reversed.StatusCode);
        Assert.Equal((6, 19), (obligation.DueDate.Month, obligation.DueDate.Day));
        Assert.Equal(0m, Rub(obligation.PenaltyToDate)); // Within the new term: no penalty.
    }
}
