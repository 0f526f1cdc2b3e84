using Customs.BuildingBlocks.Calendar;
using Dapper;
using static Customs.Suite.Tests.Payments.PaymentsDriver;

namespace Customs.Suite.Tests.Payments;

/// <summary>
/// Art. 329(1): imports are paid within 15 days of presentation; the day after, the unpaid amount is arrears (Art. 349(2)).
/// Payments' scheduler marks it on the services' clock, which the test moves (GraphExtensions.AdvanceClockAsync).
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class ArrearsTests(GraphFixture graph)
{
    [Fact]
    public async Task Arrears_arise_the_day_after_an_unpaid_fifteen_day_term_and_are_announced_once()
    {
        using var payments = new PaymentsDriver(graph.App);
        var today = await TodaysTestRates.ImportAsync(graph.App, payments);
        var id = NewId("arrears");

        // 4 l of wine, 1 l over 3 l at 10 EUR (memo, duties 4) = 1,000.00 RUB at the test's 100 RUB/EUR; presented today.
        await payments.Client.AssessDeclarationAsync(new()
        {
            CustomsOfficeCode = Sheremetyevo, DeclarationId = id, Kind = Customs.Payments.V1.DeclarationKind.Passenger, AcceptanceDate = Day(today.Year, today.Month, today.Day),
            GoodsPresentedOn = Day(today.Year, today.Month, today.Day), Items = { Item(1, "2204210000", 100m, litres: 4) },
        }, payments.Inspector);
        await using var db = await graph.App.CreateDataSourceAsync("payments-db");
        await using var connection = await db.OpenConnectionAsync();
        Assert.Equal(today.AddDays(15), await connection.ExecuteScalarAsync<DateOnly>("select due_date from obligations where declaration_id = @id", new { id }));

        await graph.App.AdvanceClockAsync(TimeSpan.FromDays(16));
        var arose = await Eventually.WaitAsync(
            () => connection.ExecuteScalarAsync<DateOnly?>("select arrears_arose_on from obligations where declaration_id = @id", new { id }),
            d => d is not null, TimeSpan.FromSeconds(60), "the arrears of the unpaid obligation");

        var movedToday = await graph.App.TodayAsync();
        Assert.Equal(today.AddDays(16), arose);
        Assert.True(movedToday >= arose);
        await Eventually.WaitAsync(async () => await connection.ExecuteScalarAsync<int>("""
            select count(*) from outbox_messages
            where message_type = 'Customs.Payments.Contracts.ArrearsArose' and payload ->> 'declarationId' = @id
              and (payload ->> 'arrearsRub')::numeric = 1000 and payload ->> 'aroseOn' = @arose and dispatched_at is not null
            """, new { id, arose = arose!.Value.ToString("yyyy-MM-dd") }) == 1, TimeSpan.FromSeconds(30), "one ArrearsArose published");
    }

    [Fact]
    public async Task An_obligation_paid_within_its_term_never_becomes_arrears()
    {
        using var payments = new PaymentsDriver(graph.App);
        var today = await TodaysTestRates.ImportAsync(graph.App, payments);
        var late = NewId("late");
        var paid = NewId("paid");
        var payer = Callers.NewDeclarant().Subject;
        foreach (var id in new[] { late, paid })
        {
            await payments.Client.AssessDeclarationAsync(new()
            {
                CustomsOfficeCode = Sheremetyevo, DeclarationId = id, Kind = Customs.Payments.V1.DeclarationKind.Passenger, AcceptanceDate = Day(today.Year, today.Month, today.Day),
                GoodsPresentedOn = Day(today.Year, today.Month, today.Day), PayerTaxpayerNumber = payer, Items = { Item(1, "2204210000", 100m, litres: 4) },
            }, payments.Inspector);
        }

        var reference = NewId("pay");
        await payments.Client.RecordPaymentAsync(new()
        {
            PaymentReference = reference, PayerTaxpayerNumber = payer, Amount = Amount(1_000m, "RUB"), PaidOn = Day(today.Year, today.Month, today.Day),
        }, payments.Inspector);
        await payments.Client.DirectAdvanceAsync(new() { PayerTaxpayerNumber = payer, DeclarationId = paid, Amount = Amount(1_000m, "RUB") }, payments.Inspector);

        await graph.App.AdvanceClockAsync(TimeSpan.FromDays(16));

        // The unpaid one is marked; by then the scheduler's pass has seen the paid one too, and left it alone.
        await using var db = await graph.App.CreateDataSourceAsync("payments-db");
        await using var connection = await db.OpenConnectionAsync();
        await Eventually.WaitAsync(
            () => connection.ExecuteScalarAsync<bool>("select arrears_arose_on is not null from obligations where declaration_id = @late", new { late }),
            TimeSpan.FromSeconds(60), "the arrears of the unpaid obligation");
        Assert.Null(await connection.ExecuteScalarAsync<DateOnly?>("select arrears_arose_on from obligations where declaration_id = @paid", new { paid }));
    }

    [Fact]
    public async Task Arrears_arise_at_each_office_when_its_own_day_after_the_term_begins()
    {
        // Vladivostok (UTC+10) begins a day eight hours before Kaliningrad (UTC+2): the clock is moved to an hour into
        // Vladivostok's day after the term, when Kaliningrad is still in the term's last day, then on past Kaliningrad's.
        const string vladivostok = "10702010";
        const string kaliningrad = "10012010";
        using var payments = new PaymentsDriver(graph.App);
        var now = await graph.App.NowAsync();
        var presented = OfficeTimeZones.Default.DateAt(kaliningrad, now);
        var ids = new Dictionary<string, string> { [vladivostok] = NewId("vladivostok"), [kaliningrad] = NewId("kaliningrad") };
        var rates = await TodaysTestRates.ImportAsync(graph.App, payments);
        foreach (var (office, id) in ids)
        {
            await payments.Client.AssessDeclarationAsync(new()
            {
                CustomsOfficeCode = office, DeclarationId = id, Kind = Customs.Payments.V1.DeclarationKind.Passenger,
                AcceptanceDate = Day(rates.Year, rates.Month, rates.Day), GoodsPresentedOn = Day(presented.Year, presented.Month, presented.Day),
                Items = { Item(1, "2204210000", 100m, litres: 4) },
            }, payments.Inspector);
        }

        await using var db = await graph.App.CreateDataSourceAsync("payments-db");
        await using var connection = await db.OpenConnectionAsync();
        Task<DateOnly?> AroseOn(string office) =>
            connection.ExecuteScalarAsync<DateOnly?>("select arrears_arose_on from obligations where declaration_id = @id", new { id = ids[office] });

        var dayAfterTerm = presented.AddDays(16);
        var intoVladivostoksDay = OfficeTimeZones.Default.StartOf(vladivostok, dayAfterTerm).AddHours(1);
        await graph.App.AdvanceClockAsync(intoVladivostoksDay - await graph.App.NowAsync());
        Assert.Equal(dayAfterTerm, await Eventually.WaitAsync(() => AroseOn(vladivostok), d => d is not null, TimeSpan.FromSeconds(60), "Vladivostok's arrears"));
        // The pass that marked Vladivostok's obligation saw Kaliningrad's too, on the same clock, and left it in its term.
        Assert.Null(await AroseOn(kaliningrad));
        Assert.Equal(presented.AddDays(15), OfficeTimeZones.Default.DateAt(kaliningrad, await graph.App.NowAsync()));

        await graph.App.AdvanceClockAsync(TimeSpan.FromHours(8));
        Assert.Equal(dayAfterTerm, await Eventually.WaitAsync(() => AroseOn(kaliningrad), d => d is not null, TimeSpan.FromSeconds(60), "Kaliningrad's arrears"));
    }
}
