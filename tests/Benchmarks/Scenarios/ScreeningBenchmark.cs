using Customs.IpRegister.V1;

namespace Customs.Benchmarks.Scenarios;

/// <summary>
/// 3. Goods items screened per second against the register through the batch lookup (LookUpGoods, n items a call, half
/// of them brands of the register, half brands of as many names nobody registered): with Redis cold (every lookup of a
/// brand not seen yet misses and is written back), with Redis warm (after one pass over every brand), then with Redis
/// stopped (PostgreSQL only). Each brand is a cache key: a workload of brands never seen twice would measure only misses.
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
        var cold = await context.Runner.ClosedLoopAsync($"LookUpGoods with Redis, cold, {callers} callers", callers, settings.WarmUp, settings.Window, LookUpAsync);
        context.Report.Add(Name, $"items/s, {settings.ItemsPerScreening} a call, register of {seed.Entries:N0}, with Redis, cold cache",
            cold.PerSecond * settings.ItemsPerScreening, "items/s", load: cold);

        await PrimeAsync(client, officer, seed, settings.ItemsPerScreening, context);
        var warm = await context.Runner.ClosedLoopAsync($"LookUpGoods with Redis, warm, {callers} callers", callers, settings.WarmUp, settings.Window, LookUpAsync);
        context.Report.Add(Name, $"items/s, {settings.ItemsPerScreening} a call, register of {seed.Entries:N0}, with Redis, warm cache",
            warm.PerSecond * settings.ItemsPerScreening, "items/s", "≥ 100,000 items/s", warm);

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

    /// <summary>
    /// n items: even ones carry a registered brand under a code its entry covers, odd ones one of as many brands nobody
    /// registered (<see cref="Unregistered"/>), each drawn at random.
    /// </summary>
    public static LookUpGoodsRequest Request(RegisterSeed seed, int items) =>
        Request(seed, items, i => i % 2 == 0 ? seed.Brand(Random.Shared.Next(seed.Entries)) : Unregistered(seed, Random.Shared.Next(seed.Entries)));

    /// <summary>The n-th brand nobody registered, of this run's seed.</summary>
    public static string Unregistered(RegisterSeed seed, int n) => $"unregistered{seed.Tag}n{n}";

    private static LookUpGoodsRequest Request(RegisterSeed seed, int items, Func<int, string> brand)
    {
        var request = new LookUpGoodsRequest { CustomsOfficeCode = "10005000", Channel = DeclarationChannel.Commercial, DeclarantTaxpayerNumber = "7707083893" };
        for (var i = 1; i <= items; i++)
        {
            request.Items.Add(new ItemToScreen { ItemNumber = i, TariffCode = RegisterSeed.TariffCode + "120000", Brand = brand(i) });
        }

        return request;
    }

    /// <summary>Every brand of the workload looked up once (registered and not), so the warm window starts with each cached.</summary>
    private static async Task PrimeAsync(IpRegisterService.IpRegisterServiceClient client, Grpc.Core.Metadata officer, RegisterSeed seed, int perCall, BenchContext context)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var calls = Enumerable.Range(0, (seed.Entries + perCall / 2 - 1) / (perCall / 2)).ToList();
        await Parallel.ForEachAsync(calls, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (call, ct) =>
        {
            var first = call * (perCall / 2);
            var request = Request(seed, perCall, i => (first + (i - 1) / 2) % seed.Entries is var n && i % 2 == 0 ? seed.Brand(n) : Unregistered(seed, n));
            await client.LookUpGoodsAsync(request, officer, cancellationToken: ct);
        });
        context.Log($"screening: every one of {2 * seed.Entries:N0} brands looked up once in {started.Elapsed.TotalSeconds:0.0} s");
    }
}
