using Customs.IpRegister.V1;

namespace Customs.Benchmarks.Scenarios;

/// <summary>
/// 3. Goods items screened per second against the register through the batch lookup (LookUpGoods, n items a call, half
/// of them brands of the register), with Redis, then with Redis stopped (PostgreSQL only).
/// </summary>
public static class ScreeningBenchmark
{
    public const string Name = "3 Screening";

    public static async Task RunAsync(BenchContext context)
    {
        var settings = context.Settings;
        var seed = new RegisterSeed(context);
        await seed.CreateAsync(settings.RegisterEntries);
        var client = new IpRegisterService.IpRegisterServiceClient(context.Target.Channel("ipregister"));
        var officer = context.Target.Officer();

        async Task LookUpAsync(CancellationToken ct)
        {
            var request = Request(seed, settings.ItemsPerScreening);
            var response = await client.LookUpGoodsAsync(request, officer, cancellationToken: ct);
            if (response.Results.Count != request.Items.Count)
            {
                throw new InvalidOperationException($"{response.Results.Count} results for {request.Items.Count} items.");
            }
        }

        var callers = settings.Callers[0];
        var cached = await context.Runner.ClosedLoopAsync($"LookUpGoods with Redis, {callers} callers", callers, settings.WarmUp, settings.Window, LookUpAsync);
        context.Report.Add(Name, $"items/s, {settings.ItemsPerScreening} a call, register of {seed.Entries:N0}, with Redis",
            cached.PerSecond * settings.ItemsPerScreening, "items/s", "≥ 100,000 items/s", cached);

        await context.Target.StopAsync("redis");
        try
        {
            var uncached = await context.Runner.ClosedLoopAsync($"LookUpGoods, Redis stopped, {callers} callers", callers, settings.WarmUp, settings.Window, LookUpAsync);
            context.Report.Add(Name, $"items/s, {settings.ItemsPerScreening} a call, register of {seed.Entries:N0}, Redis stopped",
                uncached.PerSecond * settings.ItemsPerScreening, "items/s", load: uncached);
        }
        finally
        {
            using var restart = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await context.Target.StartAsync("redis", restart.Token);
        }
    }

    /// <summary>n items: even ones carry a registered brand under a code its entry covers, odd ones a brand nobody registered.</summary>
    public static LookUpGoodsRequest Request(RegisterSeed seed, int items)
    {
        var request = new LookUpGoodsRequest { CustomsOfficeCode = "10005000", Channel = DeclarationChannel.Commercial, DeclarantTaxpayerNumber = "7707083893" };
        for (var i = 1; i <= items; i++)
        {
            request.Items.Add(new ItemToScreen
            {
                ItemNumber = i,
                TariffCode = RegisterSeed.TariffCode + "120000",
                Brand = i % 2 == 0 ? seed.Brand(Random.Shared.Next(seed.Entries)) : $"unregistered{Random.Shared.Next()}",
            });
        }

        return request;
    }
}
