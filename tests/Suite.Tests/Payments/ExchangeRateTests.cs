using Customs.Payments.V1;
using Google.Rpc;
using Grpc.Core;
using static Customs.Suite.Tests.Payments.PaymentsDriver;

namespace Customs.Suite.Tests.Payments;

/// <summary>
/// The central bank's rates (Art. 326) in the Payments service's PostgreSQL: the shipped real sample (01.04.2025 and
/// 04.04.2025) is imported at start-up; a rate is in force from the day it is set until the Bank sets the next one.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class ExchangeRateTests(GraphFixture graph)
{
    [Fact]
    public async Task A_rate_quoted_per_100_units_is_served_per_unit_as_published()
    {
        using var payments = new PaymentsDriver(graph.App);

        var kzt = await payments.Client.GetExchangeRateAsync(new() { CurrencyCode = "KZT", On = Day(2025, 4, 4) }, payments.Declarant);

        Assert.Equal(("0.167743", 100, "16.7743", 4), (kzt.RublesPerUnit.Value, kzt.Nominal, kzt.Value.Value, kzt.SetOn.Day));
    }

    [Fact]
    public async Task A_rate_stays_in_force_until_the_next_one_is_set()
    {
        using var payments = new PaymentsDriver(graph.App);

        // Nothing of the sample is set for 02.04 and 03.04: the rate set for 01.04 is in force.
        var eur = await payments.Client.GetExchangeRateAsync(new() { CurrencyCode = "EUR", On = Day(2025, 4, 3) }, payments.Declarant);

        Assert.Equal(("92.4276", 1), (eur.RublesPerUnit.Value, eur.SetOn.Day));
    }

    [Fact]
    public async Task A_day_no_imported_rate_covers_is_refused_with_its_reason()
    {
        using var payments = new PaymentsDriver(graph.App);

        // GBP: no test imports a later GBP rate. A later EUR rate (today's test rates, imported by tests that may run first)
        // would supersede the sample's, keeping it in force up to that day.
        var before = await Assert.ThrowsAsync<RpcException>(() =>
            payments.Client.GetExchangeRateAsync(new() { CurrencyCode = "GBP", On = Day(2025, 3, 31) }, payments.Declarant).ResponseAsync);
        var stale = await Assert.ThrowsAsync<RpcException>(() =>
            payments.Client.GetExchangeRateAsync(new() { CurrencyCode = "GBP", On = Day(2025, 6, 2) }, payments.Declarant).ResponseAsync);

        Assert.All([before, stale], error =>
        {
            Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
            Assert.Equal("EXCHANGE_RATE_NOT_SET", error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        });
    }

    [Fact]
    public async Task Importing_the_same_day_again_changes_nothing_and_other_figures_for_it_are_refused()
    {
        using var payments = new PaymentsDriver(graph.App);
        const string same = """<ValCurs Date="04.04.2025"><Valute><CharCode>EUR</CharCode><Nominal>1</Nominal><Value>93,1608</Value></Valute></ValCurs>""";
        const string other = """<ValCurs Date="04.04.2025"><Valute><CharCode>EUR</CharCode><Nominal>1</Nominal><Value>99,0000</Value></Valute></ValCurs>""";

        var again = await payments.Client.ImportExchangeRatesAsync(new() { CbrXml = same }, payments.Inspector);
        var conflict = await Assert.ThrowsAsync<RpcException>(() =>
            payments.Client.ImportExchangeRatesAsync(new() { CbrXml = other }, payments.Inspector).ResponseAsync);

        Assert.False(again.Changed);
        Assert.Equal(StatusCode.FailedPrecondition, conflict.StatusCode);
        Assert.Equal("EXCHANGE_RATES_CONFLICT", conflict.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        var eur = await payments.Client.GetExchangeRateAsync(new() { CurrencyCode = "EUR", On = Day(2025, 4, 4) }, payments.Declarant);
        Assert.Equal("93.1608", eur.Value.Value);
    }

    [Fact]
    public async Task A_file_that_is_not_the_central_banks_daily_xml_is_a_field_violation()
    {
        using var payments = new PaymentsDriver(graph.App);

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            payments.Client.ImportExchangeRatesAsync(new() { CbrXml = "<rates/>" }, payments.Inspector).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("cbr_xml", Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }
}
