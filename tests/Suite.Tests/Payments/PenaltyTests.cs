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
}
