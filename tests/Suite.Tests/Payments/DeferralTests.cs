using Customs.BuildingBlocks.Identity;
using Customs.Payments.V1;
using Google.Rpc;
using Dapper;
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
        // The parts keep their own terms; the term of Art. 329 stays with what is not deferred (nothing here).
        Assert.Equal((4, 19), (obligation.DueDate.Month, obligation.DueDate.Day));
        Assert.Equal([(4, 19, 0m, false), (5, 19, 23_677.70m, true), (6, 19, 23_677.70m, true)],
            obligation.Terms.Select(t => (t.DueOn.Month, t.DueOn.Day, Rub(t.Unpaid), t.Deferred)));
        Assert.Equal((5, 19), (obligation.NextDueDate.Month, obligation.NextDueDate.Day));
        // Nothing paid by 19.06: the first part is in arrears from 20.05 (Art. 349(2)): 23,677.70 x 21%/300 x 20 days (20.05-08.06)
        // = 331.49 + x 20%/300 x 11 days (09.06-19.06) = 173.64. Interest (Art. 336(1)), day by day on what is unpaid and not
        // past its term: 47,355.40 x 21% x 30/365 (20.04-19.05) = 817.37, then the second part, 23,677.70 x 21% x 20/365 =
        // 272.46 and x 20% x 11/365 = 142.71: 1,232.54 (the schedule's 1,232.53 rounds per part).
        Assert.Equal(331.49m + 173.64m, Rub(obligation.PenaltyToDate));
        Assert.Equal(817.37m + 272.46m + 142.71m, Rub(obligation.InterestToDate));

        // The services' clock is past 19.05.2025: the first part was missed, so the arrears scheduler announces it once, with
        // its own term and amount (the obligation's arrears of 20.04 before the deferral are no longer arrears).
        await using var db = await graph.App.CreateDataSourceAsync("payments-db");
        await using var connection = await db.OpenConnectionAsync();
        await Eventually.WaitAsync(async () => await connection.ExecuteScalarAsync<int>("""
            select count(*) from outbox_messages
            where message_type = 'Customs.Payments.Contracts.ArrearsArose' and payload ->> 'declarationId' = @id
              and payload ->> 'dueDate' = '2025-05-19' and payload ->> 'aroseOn' = '2025-05-20' and (payload ->> 'arrearsRub')::numeric = 23677.70
            """, new { id }) == 1, TimeSpan.FromSeconds(60), "ArrearsArose for the missed instalment");
        Assert.Equal(new DateOnly(2025, 5, 20), await connection.ExecuteScalarAsync<DateOnly>("select arrears_arose_on from obligations where declaration_id = @id", new { id }));
    }

    [Fact]
    public async Task Requests_for_one_declaration_sent_at_once_are_booked_once_and_the_others_refused_not_failed()
    {
        using var payments = new PaymentsDriver(graph.App);
        var deferrals = new DeferralService.DeferralServiceClient(graph.App.CreateGrpcChannel("payments"));
        var payer = graph.App.As(CallerIdentity.Create(CallerRole.Payer, "7707083893", "7707083893", null, null));
        var id = await AssessAsync(payments, "deferred-race");
        var same = Ask(id, NewId("ask"));

        // Eight copies of one request and four other requests for the same declaration, all at once.
        var results = await AtOnceAsync(12, async n => await deferrals.RequestDeferralAsync(n < 8 ? same : Ask(id, NewId("other")), payer));

        var booked = Assert.Single(results, r => r.Item1?.Created == true).Item1!.Deferral.DeferralId;
        Assert.All(results.Where(r => r.Item1 is not null), r => Assert.Equal(booked, r.Item1!.Deferral.DeferralId));
        Assert.All(results.Where(r => r.Item2 is not null), r =>
        {
            Assert.Equal(StatusCode.AlreadyExists, r.Item2!.StatusCode);
            Assert.Equal("DEFERRAL_EXISTS", r.Item2.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        });
        Assert.Equal(1L, await CountAsync(id));
    }

    [Fact]
    public async Task A_part_deferred_bears_interest_the_rest_its_penalty_and_a_rescission_makes_the_part_due_with_notice()
    {
        using var payments = new PaymentsDriver(graph.App);
        var deferrals = new DeferralService.DeferralServiceClient(graph.App.CreateGrpcChannel("payments"));
        var payer = graph.App.As(CallerIdentity.Create(CallerRole.Payer, "7707083893", "7707083893", null, null));
        var head = graph.App.As(Callers.Officer("head-12", OfficerRole.Head));
        // 47,355.40 RUB due 19.04.2025; Art. 333(4): 30,000.00 of it deferred for two months (to 19.06), granted 14.04.
        var id = await AssessAsync(payments, "deferred-part");
        var tooMuch = await Assert.ThrowsAsync<RpcException>(() => deferrals.RequestDeferralAsync(
            new RequestDeferralRequest(Ask(id, NewId("ask"))) { Amount = Amount(50_000m, "RUB") }, payer).ResponseAsync);
        var asked = (await deferrals.RequestDeferralAsync(new RequestDeferralRequest(Ask(id, NewId("ask"))) { Kind = DeferralKind.Deferral, Amount = Amount(30_000m, "RUB") }, payer)).Deferral;
        var granted = (await deferrals.DecideDeferralAsync(new DecideDeferralRequest
        {
            DeferralId = asked.DeferralId, Outcome = DeferralStatus.Approved, DecidedOn = Day(2025, 4, 14), SecurityReference = "guarantee-2025-18",
        }, head)).Deferral;
        var on30April = (await payments.Client.GetObligationAsync(new() { DeclarationId = id, On = Day(2025, 4, 30) }, payments.Inspector)).Obligation;
        var demand = await payments.Client.IssueDemandAsync(new()
        {
            DeclarationId = id, DiscoveredOn = Day(2025, 4, 30), DispatchedOn = Day(2025, 4, 30), Delivery = DemandDelivery.Handed, WorkingDaysToMeet = 10,
        }, payments.Inspector);

        Assert.Equal((true, 30_000m), (asked.Part, Rub(asked.Amount)));
        Assert.Equal("DEFERRAL_EXCEEDS_OUTSTANDING", tooMuch.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        Assert.Equal((6, 19, 30_000m), (granted.NewDueDate.Month, granted.NewDueDate.Day, Rub(granted.Schedule.Single().Principal)));
        // On 30.04: the 17,355.40 not deferred is in arrears from 20.04: x 21%/300 x 11 days = 133.64; the 30,000.00 bears
        // interest from 20.04: x 21% x 11/365 = 189.86.
        Assert.Equal([(4, 19, 17_355.40m, false), (6, 19, 30_000m, true)], on30April.Terms.Select(t => (t.DueOn.Month, t.DueOn.Day, Rub(t.Principal), t.Deferred)));
        Assert.Equal((133.64m, 189.86m), (Rub(on30April.PenaltyToDate), Rub(on30April.InterestToDate)));
        // Art. 350(2): a demand of that day states the arrears, the penalty and the interest accrued "as per the day of issuance".
        Assert.Equal((17_355.40m, 133.64m, 189.86m), (Rub(demand.Payments), Rub(demand.Penalties), Rub(demand.Interest)));

        // Art. 335(2): on Thursday 15.05.2025 the payer is found sued for insolvency: rescinded, interest charged for 26 days
        // (20.04-15.05): 30,000 x 21% x 26/365 = 448.77; the 30,000.00 fall due on 15.05; the notice by Tuesday 20.05.
        var rescind = new RescindDeferralRequest { DeferralId = asked.DeferralId, Ground = DeferralRefusalGround.InsolvencyProceedings, RescindedOn = Day(2025, 5, 15) };
        var rescinded = (await deferrals.RescindDeferralAsync(rescind, head)).Deferral;
        var again = (await deferrals.RescindDeferralAsync(rescind, head)).Deferral;
        var after = (await payments.Client.GetObligationAsync(new() { DeclarationId = id, On = Day(2025, 5, 16) }, payments.Inspector)).Obligation;

        Assert.Equal(DeferralStatus.Rescinded, rescinded.Status);
        Assert.Equal((448.77m, 30_000m, 5, 20), (Rub(rescinded.Rescission.InterestCharged), Rub(rescinded.Rescission.FallingDue),
            rescinded.Rescission.NotifyBy.Month, rescinded.Rescission.NotifyBy.Day));
        Assert.StartsWith("Art. 335(2)", rescinded.Rescission.Reason);
        Assert.Equal(rescinded, again);
        Assert.Equal([(4, 19, 17_355.40m), (5, 15, 30_000m)], after.Terms.Select(t => (t.DueOn.Month, t.DueOn.Day, Rub(t.Unpaid))));
        Assert.Equal(448.77m, Rub(after.InterestCharged));
        // 16.05: both in arrears, 47,355.40 x 21%/300 = 33.15 for the day, after 17,355.40's 26 days (20.04-15.05) = 315.87.
        Assert.Equal(315.87m + 33.15m, Rub(after.PenaltyToDate));
        Assert.Equal(0m, Rub(after.InterestToDate));
    }

    private static RequestDeferralRequest Ask(string declarationId, string reference) => new()
    {
        RequestReference = reference, DeclarationId = declarationId, PayerTaxpayerNumber = "7707083893", Kind = DeferralKind.Instalments,
        Ground = DeferralGround.PerishableGoods, Months = 2, SubmittedOn = Day(2025, 4, 10),
    };

    /// <summary>Presented and accepted 04.04.2025: 47,355.40 RUB due by 19.04.2025 (Art. 329(1)).</summary>
    private static async Task<string> AssessAsync(PaymentsDriver payments, string prefix)
    {
        var id = NewId(prefix);
        await payments.Client.AssessDeclarationAsync(new()
        {
            CustomsOfficeCode = Sheremetyevo, DeclarationId = id, Kind = DeclarationKind.Commercial, AcceptanceDate = Day(2025, 4, 4), PayerTaxpayerNumber = "7707083893",
            Items = { Item(1, "6403990000", 1_000m, quantity: 100) },
        }, payments.Inspector);
        return id;
    }

    private async Task<long> CountAsync(string declarationId)
    {
        await using var db = await graph.App.CreateDataSourceAsync("payments-db");
        await using var connection = await db.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>("select count(*) from deferrals where declaration_id = @declarationId", new { declarationId });
    }
}
