using Customs.Guarantees.V1;
using Customs.Suite.Tests.IpRegister;
using static Customs.Suite.Tests.Guarantees.GuaranteesDriver;
using static Customs.Suite.Tests.Payments.PaymentsDriver;

namespace Customs.Suite.Tests.Guarantees;

/// <summary>
/// Lookups of the register of banks and insurers are served through Redis, answer from PostgreSQL while Redis is down, and
/// are never stale once it is back: an exclusion made while it was down is not hidden by the entry Redis kept (append-only file).
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class GuarantorLookupCacheTests(GraphFixture graph)
{
    [Fact]
    public async Task With_Redis_down_a_lookup_answers_from_PostgreSQL_and_an_exclusion_made_meanwhile_is_not_hidden_by_the_old_cache()
    {
        using var g = new GuaranteesDriver(graph.App);
        var today = await graph.App.TodayAsync();
        var (bank, _) = await g.EnterBankAsync(today.AddMonths(-3), Limits(100_000m, 400_000m, 1_000_000m));
        var lookup = new LookUpGuarantorRequest { TaxpayerNumber = bank, On = Day(today) };
        var key = $"standing:{bank}:{today:yyyy-MM-dd}";
        bool cachedBefore;
        await using (var redis = await RedisProbe.ConnectAsync(graph.App))
        {
            // The service reconnects on its own after another test's Redis restart: wait until a lookup goes through Redis.
            await Eventually.WaitAsync(async () =>
            {
                await g.Register.LookUpGuarantorAsync(lookup, g.Inspector);
                return redis.IsCachedIn("guarantors", key);
            }, TimeSpan.FromSeconds(30), "the lookup to be cached in Redis");
            cachedBefore = (await g.Register.LookUpGuarantorAsync(lookup, g.Inspector)).InRegister;
        }

        var whileDown = await RedisProbe.WhileDownAsync(graph.App, async () =>
        {
            await g.Register.ExcludeFromRegisterAsync(new()
            {
                TaxpayerNumber = bank, Ground = ExclusionGround.EntryTermBreached, ExcludedFrom = Day(today), Reason = "a term of entry breached while Redis was down",
            }, g.Head);
            return await g.Register.LookUpGuarantorAsync(lookup, g.Inspector);
        });

        bool staleEntrySurvived;
        LookUpGuarantorResponse afterRestart;
        await using (var redis = await RedisProbe.ConnectAsync(graph.App))
        {
            staleEntrySurvived = redis.IsCachedIn("guarantors", key);
            await RedisProbe.WaitUntilServiceReconnectedAsync(graph.App, "payments");
            afterRestart = await g.Register.LookUpGuarantorAsync(lookup, g.Inspector);
        }

        Assert.True(staleEntrySurvived, "Redis kept its cache across the restart, so it could have answered stale.");
        Assert.True(cachedBefore);
        Assert.False(whileDown.InRegister);
        Assert.False(afterRestart.InRegister);
        Assert.Equal(0m, Rub(afterRestart.Headroom));
    }
}
