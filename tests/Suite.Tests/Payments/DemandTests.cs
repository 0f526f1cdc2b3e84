using Customs.Payments.V1;
using static Customs.Suite.Tests.Payments.PaymentsDriver;

namespace Customs.Suite.Tests.Payments;

/// <summary>Art. 350 against the running graph: a demand for an unpaid assessment, as of its date, in Russian working days.</summary>
[Collection(GraphCollection.Name)]
public sealed class DemandTests(GraphFixture graph)
{
    [Fact]
    public async Task A_demand_states_the_payments_and_the_penalty_as_of_its_date_and_the_working_day_it_must_be_met_by()
    {
        using var payments = new PaymentsDriver(graph.App);
        var id = NewId("demanded");
        // Presented and accepted 04.04.2025: the term ends 19.04.2025 (Art. 329(1)); 47,355.40 RUB owed.
        await payments.Client.AssessDeclarationAsync(new()
        {
            CustomsOfficeCode = Sheremetyevo, DeclarationId = id, Kind = DeclarationKind.Commercial, AcceptanceDate = Day(2025, 4, 4), Items = { Item(1, "6403990000", 1_000m, quantity: 100) },
        }, payments.Inspector);

        // Handed on Monday 05.05.2025: penalty 20.04-05.05, 16 days at 21%: 47,355.40 x 21% / 300 x 16 = 530.38048 -> 530.38.
        // 10 working days from 05.05, without 09.05 (Victory Day) and the weekend: 06, 07, 08, 12, 13, 14, 15, 16, 19, 20 May.
        var demand = await payments.Client.IssueDemandAsync(new()
        {
            DeclarationId = id, DiscoveredOn = Day(2025, 5, 5), DispatchedOn = Day(2025, 5, 5), Delivery = DemandDelivery.Handed, WorkingDaysToMeet = 10,
        }, payments.Inspector);

        Assert.Equal((47_355.40m, 530.38m), (Rub(demand.Payments), Rub(demand.Penalties)));
        Assert.Equal((5, 20), (demand.MeetBy.Month, demand.MeetBy.Day));
        Assert.False(demand.DispatchedLate);
    }
}
