using Customs.IpRegister.V1;

namespace Customs.Suite.Tests.IpRegister;

/// <summary>Screening is served from Redis, never stale after a register change, and answers from PostgreSQL without Redis.</summary>
[Collection(GraphCollection.Name)]
public sealed class ScreeningCacheTests(GraphFixture graph)
{
    [Fact]
    public async Task Lookups_are_cached_in_Redis_by_normalised_brand_and_tariff_code()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        await using var redis = await RedisProbe.ConnectAsync(graph.App);
        var brand = IpRegisterDriver.UniqueBrand("Cache");
        await ipRegister.RegisterAsync(brand, "6403");

        var outcome = await redis.ScreenThroughCacheAsync(ipRegister, IpRegisterDriver.Commercial(brand.ToUpperInvariant(), "6403990000", 200));

        Assert.Equal(ScreeningOutcome.Held, outcome);
    }

    [Fact]
    public async Task A_register_change_is_visible_to_the_very_next_screening()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        await using var redis = await RedisProbe.ConnectAsync(graph.App);
        var brand = IpRegisterDriver.UniqueBrand("Stale");
        var lookup = IpRegisterDriver.Commercial(brand, "9102110000", 300);

        var before = await redis.ScreenThroughCacheAsync(ipRegister, lookup);    // "clear" is in Redis now
        var entryId = await ipRegister.RegisterAsync(brand, "9102");
        var afterEntry = await ipRegister.OutcomeAsync(lookup);
        await ipRegister.Client.AddAuthorisedImporterAsync(new AddAuthorisedImporterRequest
        {
            RegisterEntryId = entryId, TaxpayerNumber = "7709999999", Name = "Grey Imports LLC",
        }, ipRegister.Inspector);
        var afterImporter = await ipRegister.OutcomeAsync(lookup);
        await ipRegister.Client.ExcludeEntryAsync(new ExcludeEntryRequest { RegisterEntryId = entryId, Reason = ExclusionReason.HolderRequest }, ipRegister.Inspector);
        var afterExclusion = await ipRegister.OutcomeAsync(lookup);

        Assert.Equal(
            [ScreeningOutcome.Clear, ScreeningOutcome.Held, ScreeningOutcome.AuthorisedImporter, ScreeningOutcome.Clear],
            [before, afterEntry, afterImporter, afterExclusion]);
    }

    [Fact]
    public async Task With_Redis_down_screening_answers_from_PostgreSQL_and_a_change_made_meanwhile_is_not_hidden_by_the_old_cache()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var brand = IpRegisterDriver.UniqueBrand("Down");
        var lookup = IpRegisterDriver.Commercial(brand, "4202210000", 120);
        ScreeningOutcome cachedBefore;
        await using (var redis = await RedisProbe.ConnectAsync(graph.App))
        {
            cachedBefore = await redis.ScreenThroughCacheAsync(ipRegister, lookup); // kept across the restart (append-only file)
        }

        var whileDown = await RedisProbe.WhileDownAsync(graph.App, async () =>
        {
            await ipRegister.RegisterAsync(brand, "4202");
            return await ipRegister.OutcomeAsync(lookup);
        });

        ScreeningOutcome afterRestart;
        bool staleEntrySurvived;
        await using (var redis = await RedisProbe.ConnectAsync(graph.App))
        {
            staleEntrySurvived = redis.IsCached(brand, "4202210000");
            await RedisProbe.WaitUntilServiceReconnectedAsync(graph.App, "ipregister");
            afterRestart = await ipRegister.OutcomeAsync(lookup);
        }

        Assert.True(staleEntrySurvived, "Redis kept its cache across the restart, so it could have answered stale.");
        Assert.Equal(ScreeningOutcome.Clear, cachedBefore);
        Assert.Equal(ScreeningOutcome.Held, whileDown);
        Assert.Equal(ScreeningOutcome.Held, afterRestart);
    }
}
