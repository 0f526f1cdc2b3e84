using Customs.Payments.V1;
using static Customs.Suite.Tests.Payments.PaymentsDriver;

namespace Customs.Suite.Tests.Payments;

/// <summary>Exports against the running graph: the export duty of the sample export rates, due the day of declaration (Art. 329(2)).</summary>
[Collection(GraphCollection.Name)]
public sealed class ExportTests(GraphFixture graph)
{
    [Fact]
    public async Task An_export_is_assessed_at_the_export_rates_and_is_due_on_the_day_it_is_declared()
    {
        using var payments = new PaymentsDriver(graph.App);
        var id = NewId("export");
        // 2,000.00 EUR of ferrous scrap (7204: 5%, a sample export line) accepted 04.04.2025 at 93.1608 RUB/EUR: customs value
        // 186,321.60 RUB, export duty 9,316.08, fee 775 (the band up to 200,000): 10,091.08 RUB, due 04.04.2025.
        var assessment = (await payments.Client.AssessDeclarationAsync(new()
        {
            CustomsOfficeCode = Sheremetyevo, DeclarationId = id, Kind = DeclarationKind.Export, AcceptanceDate = Day(2025, 4, 4),
            GoodsPresentedOn = Day(2025, 4, 1), Items = { Item(1, "7204410000", 2_000m) },
        }, payments.Inspector)).Assessment;
        var obligation = (await payments.Client.GetObligationAsync(new() { DeclarationId = id, On = Day(2025, 4, 4) }, payments.Inspector)).Obligation;

        Assert.Equal([FigureKind.CustomsValue, FigureKind.ExportDuty], assessment.Items.Single().Figures.Select(f => f.Kind));
        Assert.Equal(9_316.08m, Rub(assessment.Items.Single().Figures[1].Amount));
        Assert.Equal((2025, 4, 4), (obligation.DueDate.Year, obligation.DueDate.Month, obligation.DueDate.Day));
        Assert.Equal(10_091.08m, Rub(obligation.Assessed));
    }
}
