using Customs.Payments.V1;
using static Customs.Suite.Tests.Payments.PaymentsDriver;

namespace Customs.Suite.Tests.Payments;

/// <summary>Art. 349(2): 1/300 of the refinancing rate for each calendar day, at the rate in force on that day.</summary>
[Collection(GraphCollection.Name)]
public sealed class PenaltyTests(GraphFixture graph)
{
    [Fact]
    public async Task A_penalty_across_a_change_of_the_key_rate_is_charged_in_two_parts()
    {
        using var payments = new PaymentsDriver(graph.App);

        // 250,000.00 RUB due 30.05.2025, paid 20.06.2025: 31.05-08.06, 9 days at 21%: 250,000 x 21% / 300 x 9 = 1,575.00;
        // 09.06-20.06, 12 days at 20% (from 09.06.2025): 250,000 x 20% / 300 x 12 = 2,000.00. Total 3,575.00.
        var penalty = await payments.Client.CalculatePenaltyAsync(new()
        {
            Arrears = Amount(250_000m, "RUB"), DueDate = Day(2025, 5, 30), PaidOn = Day(2025, 6, 20),
        }, payments.Inspector);

        Assert.Equal([(9, "21", 1_575.00m), (12, "20", 2_000.00m)],
            penalty.Parts.Select(p => (p.Days, p.RefinancingRate.Value.Split('.')[0], Rub(p.Amount))));
        Assert.Equal(3_575.00m, Rub(penalty.Penalty));
        Assert.Equal((5, 31), (penalty.FirstDay.Month, penalty.FirstDay.Day));
    }

    [Fact]
    public async Task Temporary_storage_recorded_for_a_declaration_is_left_out_of_its_penalty()
    {
        using var payments = new PaymentsDriver(graph.App);
        var id = NewId("stored");
        // Presented 04.04.2025: due 19.04.2025 (Art. 329(1)). Stored 20.04-30.04 (Art. 349(5)); the penalty to 05.05 counts
        // 01.05-05.05 only, as CalculatePenalty does with the same period.
        var assessed = (await payments.Client.AssessDeclarationAsync(new()
        {
            CustomsOfficeCode = Sheremetyevo, DeclarationId = id, Kind = DeclarationKind.Commercial, AcceptanceDate = Day(2025, 4, 4),
            Items = { Item(1, "6403990000", 1_000m, quantity: 100) },
        }, payments.Inspector)).Assessment;
        var period = new DatePeriod { From = Day(2025, 4, 20), To = Day(2025, 4, 30) };

        var recorded = (await payments.Client.RecordTemporaryStorageAsync(new() { DeclarationId = id, Period = period }, payments.Inspector)).Obligation;
        var overlapping = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => payments.Client.RecordTemporaryStorageAsync(
            new() { DeclarationId = id, Period = new DatePeriod { From = Day(2025, 4, 30), To = Day(2025, 5, 2) } }, payments.Inspector).ResponseAsync);
        var obligation = (await payments.Client.GetObligationAsync(new() { DeclarationId = id, On = Day(2025, 5, 5) }, payments.Inspector)).Obligation;
        var expected = await payments.Client.CalculatePenaltyAsync(new()
        {
            Arrears = assessed.Total, DueDate = Day(2025, 4, 19), PaidOn = Day(2025, 5, 5), TemporaryStorage = { period },
        }, payments.Inspector);

        Assert.Equal(period, Assert.Single(recorded.TemporaryStorage));
        Assert.Equal(Grpc.Core.StatusCode.FailedPrecondition, overlapping.StatusCode);
        Assert.Equal(5, Assert.Single(expected.Parts).Days);
        Assert.Equal(Rub(expected.Penalty), Rub(obligation.PenaltyToDate));
        Assert.Equal(period, Assert.Single(obligation.TemporaryStorage));
    }
}
