using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Customs.Declarations.V1;
using Google.Rpc;
using Google.Type;
using Grpc.Core;
using StackExchange.Redis;
using static Customs.Suite.Tests.Payments.PaymentsDriver;
using DeclarationKind = Customs.Declarations.V1.DeclarationKind;
using GoodsItem = Customs.Declarations.V1.GoodsItem;

namespace Customs.Suite.Tests.Payments;

/// <summary>
/// The Declarations service converts a passenger's goods at the central bank rate the Payments service holds for the
/// office's date (Art. 326) and reads the memo's allowances from it, over gRPC with its service token; final answers are
/// cached in Redis. <see cref="TodaysTestRates"/> are imported for the services' day.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class DeclarationsAskPaymentsTests(GraphFixture graph)
{
    public static FileDeclarationRequest LuggageInYuan(long yuan) => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        Kind = DeclarationKind.PassengerAccompaniedLuggage,
        Direction = Customs.Declarations.V1.MovementDirection.Import,
        CustomsOfficeCode = "10005020",
        Declarant = new Party { Kind = PartyKind.NaturalPerson, Name = "Ivan Petrov", Address = "Moscow, Tverskaya 1", CountryCode = "RU" },
        PresentationDate = new Date { Year = 2026, Month = 3, Day = 2 },
        PresentationPlace = "Sheremetyevo, terminal D, red channel",
        Items =
        {
            new GoodsItem
            {
                Description = "camera", TariffCode = "9006590000", OriginCountryCode = "CN", Quantity = WireDecimals.Dec(1), Unit = "pcs",
                GrossWeightKg = WireDecimals.Dec(2), InvoiceValue = new Money { CurrencyCode = "CNY", Units = yuan }, IntendedUse = IntendedUse.Personal,
            },
        },
    };

    [Fact]
    public async Task A_passengers_goods_are_converted_at_the_rate_Payments_holds_for_the_day_and_the_rate_set_that_day_is_cached()
    {
        using var payments = new PaymentsDriver(graph.App);
        using var declarations = new Declarations.DeclarationCalls(graph);
        var today = await TodaysTestRates.ImportAsync(graph.App, payments);
        await using var redis = await ConnectionMultiplexer.ConnectAsync((await graph.App.GetConnectionStringAsync("redis"))!);
        var cny = (RedisKey)$"declarations:payments:rate:CNY:{today:yyyy-MM-dd}";
        await redis.GetDatabase().KeyDeleteAsync(cny);

        // 80,000 CNY at 13 RUB, in EUR at 100 RUB: 10,400 EUR, over the memo's 10,000 EUR (Payments' personal-use.json): case 1.
        var filed = (await declarations.Client.FileDeclarationAsync(LuggageInYuan(80_000), declarations.AsDeclarant)).Declaration;

        var conversion = Assert.Single(filed.PersonalUseAssessment.Conversions);
        Assert.Equal((10_400m, today.Day, "Central Bank of Russia (Payments service)"), (Value(conversion.Converted), conversion.RateDate.Day, conversion.RateSource));
        Assert.Equal([1], filed.PersonalUseAssessment.MandatoryDeclarationRules.Select(r => r.Number));
        Assert.True(await redis.GetDatabase().KeyExistsAsync(cny), "a rate set for the day asked never changes, so it is cached");
        // The memo's value is open-ended in Payments' data (it may be closed by a later value): asked each time, never cached.
        Assert.False(await redis.GetDatabase().KeyExistsAsync($"declarations:payments:personal-use:{today:yyyy-MM-dd}"));

        // The next filing reads the cache: a figure planted there (only to prove it) is the one used.
        await redis.GetDatabase().StringSetAsync(cny, $$"""{"Currency":"CNY","RublesPerUnit":6.5,"SetOn":"{{today:yyyy-MM-dd}}"}""");
        try
        {
            var fromCache = (await declarations.Client.FileDeclarationAsync(LuggageInYuan(80_000), declarations.AsDeclarant)).Declaration;
            Assert.Equal(5_200m, Value(Assert.Single(fromCache.PersonalUseAssessment.Conversions).Converted));
        }
        finally
        {
            await redis.GetDatabase().KeyDeleteAsync(cny);
        }

        // Registration (acceptance) asks again for the acceptance date's rate.
        var registered = (await declarations.Client.RegisterDeclarationAsync(
            new RegisterDeclarationRequest { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version }, declarations.AsOfficer())).Declaration;
        Assert.Equal(10_400m, Value(Assert.Single(registered.PersonalUseAssessment.Conversions).Converted));
    }

    [Fact]
    public async Task With_Redis_down_rates_come_from_Payments_PostgreSQL_and_assessment_goes_on()
    {
        using var payments = new PaymentsDriver(graph.App);
        using var declarations = new Declarations.DeclarationCalls(graph);
        await TodaysTestRates.ImportAsync(graph.App, payments);

        await graph.App.StopResourceAsync("redis");
        try
        {
            var filed = (await declarations.Client.FileDeclarationAsync(LuggageInYuan(70_000), declarations.AsDeclarant)).Declaration;
            Assert.Equal(9_100m, Value(Assert.Single(filed.PersonalUseAssessment.Conversions).Converted));
            Assert.Empty(filed.PersonalUseAssessment.MandatoryDeclarationRules);

            var rate = await payments.Client.GetExchangeRateAsync(new() { CurrencyCode = "EUR", On = Day(2025, 4, 4) }, payments.Declarant);
            Assert.Equal("93.1608", rate.Value.Value);
            var assessed = (await payments.Client.AssessDeclarationAsync(new()
            {
                CustomsOfficeCode = Sheremetyevo, DeclarationId = NewId("redis-down"), Kind = Customs.Payments.V1.DeclarationKind.Commercial, AcceptanceDate = Day(2025, 4, 4),
                Items = { Item(1, "6403990000", 1_000m, quantity: 100) },
            }, payments.DeclarationsService)).Assessment;
            Assert.Equal(47_355.40m, Rub(assessed.Total));
        }
        finally
        {
            await graph.App.StartResourceAsync("redis");
            foreach (var service in new[] { "declarations", "payments", "ipregister" })
            {
                await IpRegister.RedisProbe.WaitUntilServiceReconnectedAsync(graph.App, service);
            }
        }
    }

    [Fact]
    public async Task With_Payments_unreachable_a_passengers_filing_is_refused_as_unavailable_and_nothing_is_written()
    {
        using var declarations = new Declarations.DeclarationCalls(graph);
        var request = LuggageInYuan(1_000);
        // The graph's clock moved (as other tests move it): the restarted Payments must be put back in step with it.
        await graph.App.AdvanceClockAsync(TimeSpan.FromDays(1));

        await graph.App.StopResourceAsync("payments");
        try
        {
            var error = await Assert.ThrowsAsync<RpcException>(() => declarations.Client.FileDeclarationAsync(request, declarations.AsDeclarant).ResponseAsync);
            Assert.Equal(StatusCode.Unavailable, error.StatusCode);
            Assert.Equal("PAYMENTS_UNAVAILABLE", error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);

            // A commercial declaration reads none of Payments' figures: it is filed meanwhile.
            await declarations.Client.FileDeclarationAsync(Declarations.DeclarationCalls.CommercialImport(), declarations.AsDeclarant);
        }
        finally
        {
            await graph.App.StartResourceAsync("payments");
            await Eventually.WaitAsync(async () =>
            {
                using var http = new HttpClient();
                return await http.GetStringAsync(new Uri(graph.App.GetEndpoint("payments", "http"), "/health")) is "Healthy" or "Degraded";
            }, TimeSpan.FromMinutes(3), "payments healthy again");
            // Restarted, its clock is not moved: put it back in step with the graph's, for the tests after this one.
            await graph.App.ResyncClockAsync("payments");
        }

        Assert.Equal(await graph.App.ClockOffsetAsync("ipregister"), await graph.App.ClockOffsetAsync("payments"));

        // Nothing of the refused filing was kept: the same request id files it now, as a first filing.
        var retried = (await declarations.Client.FileDeclarationAsync(request, declarations.AsDeclarant)).Declaration;
        Assert.Equal(1, retried.Version);
        var mine = await declarations.Client.ListDeclarationsAsync(new ListDeclarationsRequest(), declarations.AsDeclarant);
        Assert.Equal(2, mine.Declarations.Count);
    }
}
