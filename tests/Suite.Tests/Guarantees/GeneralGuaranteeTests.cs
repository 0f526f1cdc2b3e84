using Customs.Guarantees.V1;
using Customs.Suite.Tests.Payments;
using Dapper;
using Grpc.Core;
using static Customs.Suite.Tests.Guarantees.GuaranteesDriver;
using static Customs.Suite.Tests.Payments.PaymentsDriver;

namespace Customs.Suite.Tests.Guarantees;

/// <summary>
/// A general guarantee across customs offices (Art. 337(3)) against the running graph: many operations of three offices
/// reserve parts of one guarantee at once, through the real gRPC API, each one sent twice. Each operation reserves what its
/// declaration owes (Art. 338(1): "The security amount may not exceed the above sums of dutiable payments").
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class GeneralGuaranteeTests(GraphFixture graph)
{
    private static readonly string[] Offices = ["10005000", "10216000", "10702000"];

    [Fact]
    public async Task Parallel_reservations_from_three_offices_never_exceed_the_guarantee_and_a_repeated_reference_is_applied_once()
    {
        using var g = new GuaranteesDriver(graph.App);
        using var payments = new PaymentsDriver(graph.App);
        var today = await graph.App.TodayAsync();
        const decimal limit = 1_000_000m;
        var accept = new AcceptSecurityRequest
        {
            SecurityReference = NewId("general"), Method = SecurityMethod.Surety, PrincipalTaxpayerNumber = Callers.NewTaxpayerNumber(),
            GuarantorTaxpayerNumber = Callers.NewTaxpayerNumber(), Amount = Amount(limit, "RUB"), AcceptedOn = Day(today), General = true,
        };
        // The security itself is sent five times at once: booked once.
        var accepted = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => g.Securities.AcceptSecurityAsync(accept, g.Inspector).ResponseAsync));
        var security = accepted.Single(a => a.Created).Security;
        Assert.All(accepted, a => Assert.Equal(security.SecurityId, a.Security.SecurityId));
        var inspectors = Offices.ToDictionary(o => o, g.InspectorOf);
        // 60 operations, each of its own declaration of 1,000 to 2,800 EUR of footwear owing about 47,000 to 100,000 RUB (over
        // three million in all, over three times the limit), each sent twice at once.
        var declarations = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => AssessedDeclarationAsync(payments, today, valueEur: 1_000m + i % 7 * 300m)));
        var operations = Enumerable.Range(0, 60)
            .Select(i => (Reference: NewId($"op{i}"), Office: Offices[i % 3], declarations[i].Declaration, Amount: declarations[i].Owed)).ToList();

        var calls = operations.SelectMany(op => new[] { op, op }).Select(async op =>
        {
            try
            {
                var answer = await g.Securities.ReserveSecurityAsync(new()
                {
                    SecurityId = security.SecurityId, OperationReference = op.Reference, DeclarationId = op.Declaration, Amount = Amount(op.Amount, "RUB"),
                }, inspectors[op.Office]);
                return (op, Status: StatusCode.OK, Reason: "", answer.Created);
            }
            catch (RpcException ex)
            {
                return (op, Status: ex.StatusCode, Reason: Reason(ex), Created: false);
            }
        });
        var answers = await Task.WhenAll(calls);
        var shown = (await g.Securities.GetSecurityAsync(new() { SecurityId = security.SecurityId }, g.Inspector)).Security;
        await using var db = await graph.App.CreateDataSourceAsync("payments-db");
        await using var connection = await db.OpenConnectionAsync();
        var events = await connection.ExecuteScalarAsync<int>("""
            select count(*) from outbox_messages where message_type = 'Customs.Payments.Contracts.SecurityReserved' and payload ->> 'securityId' = @id
            """, new { id = security.SecurityId });

        var byOperation = answers.GroupBy(a => a.op.Reference).ToList();
        var reserved = byOperation.Where(o => o.All(a => a.Status == StatusCode.OK)).Select(o => o.First().op).ToList();
        var refused = byOperation.Where(o => o.All(a => a.Status == StatusCode.FailedPrecondition)).Select(o => o.First().op).ToList();
        Assert.All(answers, a => Assert.True(a.Status == StatusCode.OK || (a.Status, a.Reason) == (StatusCode.FailedPrecondition, "SECURITY_LIMIT_EXCEEDED"),
            $"{a.op.Reference}: {a.Status} {a.Reason}"));
        // Both sends of an operation end alike, and only one of them reserved.
        Assert.Equal(60, reserved.Count + refused.Count);
        Assert.All(byOperation.Where(o => o.First().Status == StatusCode.OK), o => Assert.Equal(1, o.Count(a => a.Created)));
        Assert.NotEmpty(refused);
        Assert.Equal(7, operations.Select(op => op.Amount).Distinct().Count());
        var sum = reserved.Sum(op => op.Amount);
        Assert.True(sum <= limit, $"{sum} reserved of {limit}");
        Assert.Equal((sum, limit - sum), (Rub(shown.Reserved), Rub(shown.Available)));
        // Each refusal saw less available than it asked, and availability only fell: what is left is less than any refused amount.
        Assert.True(Rub(shown.Available) < refused.Min(op => op.Amount), $"{Rub(shown.Available)} left, {refused.Min(op => op.Amount)} refused");
        Assert.Equal(reserved.Select(op => (op.Reference, op.Office, op.Amount)).OrderBy(r => r.Reference),
            shown.Reservations.Select(r => (r.OperationReference, r.OfficeCode, Rub(r.Amount))).OrderBy(r => r.OperationReference));
        Assert.Equal(reserved.Count, events);
    }

    [Fact]
    public async Task A_released_reservation_is_available_again_a_called_one_is_spent_and_a_single_office_guarantee_serves_only_its_office()
    {
        using var g = new GuaranteesDriver(graph.App);
        using var payments = new PaymentsDriver(graph.App);
        var today = await graph.App.TodayAsync();
        var (principal, office) = (Callers.NewTaxpayerNumber(), g.InspectorOf(Offices[0]));
        // Two declarations, each reserving what it owes (Art. 338(1)); the general guarantee holds both exactly.
        var (first, second) = (await AssessedDeclarationAsync(payments, today), await AssessedDeclarationAsync(payments, today, valueEur: 2_000m));
        var (small, large) = (first.Owed, second.Owed);
        var general = (await g.Securities.AcceptSecurityAsync(new()
        {
            SecurityReference = NewId("general"), Method = SecurityMethod.Pledge, PrincipalTaxpayerNumber = principal, Amount = Amount(small + large, "RUB"),
            AcceptedOn = Day(today), General = true, PledgedProperty = Property(small + large),
        }, office)).Security;
        var single = (await g.Securities.AcceptSecurityAsync(new()
        {
            SecurityReference = NewId("single"), Method = SecurityMethod.Pledge, PrincipalTaxpayerNumber = principal, Amount = Amount(300_000m, "RUB"),
            AcceptedOn = Day(today), General = false, PledgedProperty = Property(500_000m),
        }, office)).Security;
        ReserveSecurityRequest Op(string security, string declaration, decimal amount) => new()
        {
            SecurityId = security, OperationReference = NewId("op"), DeclarationId = declaration, Amount = Amount(amount, "RUB"),
        };

        var (a, b) = (Op(general.SecurityId, first.Declaration, small), Op(general.SecurityId, second.Declaration, large));
        await g.Securities.ReserveSecurityAsync(a, office);
        await g.Securities.ReserveSecurityAsync(b, g.InspectorOf(Offices[1]));
        var full = await Assert.ThrowsAsync<RpcException>(() => g.Securities.ReserveSecurityAsync(Op(general.SecurityId, first.Declaration, 0.01m), office).ResponseAsync);
        var released = await g.Securities.EndReservationAsync(new()
        {
            SecurityId = general.SecurityId, OperationReference = a.OperationReference, Outcome = ReservationStatus.Released, EndedOn = Day(today),
        }, office);
        var called = await g.Securities.EndReservationAsync(new()
        {
            SecurityId = general.SecurityId, OperationReference = b.OperationReference, Outcome = ReservationStatus.Called, EndedOn = Day(today),
        }, office);
        var calledAgain = await g.Securities.EndReservationAsync(new()
        {
            SecurityId = general.SecurityId, OperationReference = b.OperationReference, Outcome = ReservationStatus.Called, EndedOn = Day(today),
        }, office);
        var shown = (await g.Securities.GetSecurityAsync(new() { SecurityId = general.SecurityId, IncludeEnded = true }, g.Inspector)).Security;
        // Art. 341(3): the breached obligation is paid "at the expense of the value of mortgaged property".
        var paidByPledge = (await payments.Client.GetObligationAsync(new() { DeclarationId = second.Declaration, On = Day(today) }, payments.Inspector)).Obligation;
        var pledgeRequest = new AcceptSecurityRequest
        {
            SecurityReference = NewId("pledge"), Method = SecurityMethod.Pledge, PrincipalTaxpayerNumber = principal, Amount = Amount(300_000m, "RUB"), AcceptedOn = Day(today),
        };
        var withoutProperty = await Refused(g.Securities.AcceptSecurityAsync(pledgeRequest, office));
        var aboveValue = await Refused(g.Securities.AcceptSecurityAsync(new AcceptSecurityRequest(pledgeRequest) { PledgedProperty = Property(299_999.99m) }, office));
        // The first declaration's reservation was released: it may be secured again, by part of another security.
        var otherOffice = await Assert.ThrowsAsync<RpcException>(() =>
            g.Securities.ReserveSecurityAsync(Op(single.SecurityId, first.Declaration, 1_000m), g.InspectorOf(Offices[2])).ResponseAsync);
        var ownOffice = await g.Securities.ReserveSecurityAsync(Op(single.SecurityId, first.Declaration, 1_000m), office);

        Assert.True(small < large, $"{small} and {large}");
        Assert.Equal((StatusCode.FailedPrecondition, "SECURITY_LIMIT_EXCEEDED"), (full.StatusCode, Reason(full)));
        Assert.Equal(small, Rub(released.Available));
        Assert.Equal((small, small), (Rub(called.Available), Rub(calledAgain.Available)));
        Assert.Equal((0m, large, small), (Rub(shown.Reserved), Rub(shown.Called), Rub(shown.Available)));
        Assert.Equal([ReservationStatus.Released, ReservationStatus.Called],
            shown.Reservations.OrderBy(r => Rub(r.Amount)).Select(r => r.Status));
        Assert.Equal((StatusCode.FailedPrecondition, "SECURITY_NOT_GENERAL"), (otherOffice.StatusCode, Reason(otherOffice)));
        Assert.True(ownOffice.Created);
        Assert.True(paidByPledge.Settled);
        Assert.Equal((small + large, "Khimki, Moscow region, Leningradskaya 1"), (Rub(shown.PledgedProperty.Value), shown.PledgedProperty.Location));
        Assert.Equal(StatusCode.InvalidArgument, withoutProperty.Item1);
        Assert.Equal((StatusCode.FailedPrecondition, "PLEDGE_ABOVE_PROPERTY_VALUE"), aboveValue);
    }
}
