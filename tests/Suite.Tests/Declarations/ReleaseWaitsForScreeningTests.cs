using Customs.Declarations.V1;
using Grpc.Core;

namespace Customs.Suite.Tests.Declarations;

[Collection(GraphCollection.Name)]
public sealed class ReleaseWaitsForScreeningTests(GraphFixture graph) : IDisposable
{
    private readonly DeclarationCalls _calls = new(graph);

    [Fact]
    public async Task Goods_are_not_released_while_the_IP_register_has_not_screened_them_and_are_once_it_has()
    {
        var request = await _calls.CommercialImportPresentedTodayAsync();
        var today = await graph.App.TodayAsync();
        // With the IP register away, the registered declaration's items cannot have been screened.
        await graph.App.StopResourceAsync("ipregister");
        RpcException early;
        Declaration registered;
        try
        {
            var filed = (await _calls.Client.FileDeclarationAsync(request, _calls.AsDeclarant)).Declaration;
            registered = (await _calls.Client.RegisterDeclarationAsync(
                new RegisterDeclarationRequest { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version },
                _calls.AsOfficer())).Declaration;
            early = await Assert.ThrowsAsync<RpcException>(() => _calls.Client.ReleaseGoodsAsync(
                new ReleaseGoodsRequest { DeclarationId = registered.DeclarationId, ExpectedVersion = registered.Version },
                _calls.AsOfficer()).ResponseAsync);
            // Paid and green: the IP register's screening is all that is left.
            await _calls.PayAsync(registered.DeclarationId, today);
            await _calls.ConditionAsync(registered.DeclarationId, ReleaseConditionKind.CustomsControl, c => c.Met, "the green lane");
        }
        finally
        {
            await graph.App.StartResourceAsync("ipregister");
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await graph.App.WaitForResourceHealthyAsync("ipregister", timeout.Token);
        }

        // The screening arrives when the IP register is back, and with it the last condition: released with nobody acting.
        var released = await _calls.ReleasedAsync(registered.DeclarationId);

        Assert.Equal(StatusCode.FailedPrecondition, early.StatusCode);
        Assert.Equal("Cannot release: item 1 still awaits IP screening by the IP register.", early.Status.Detail);
        Assert.Equal(DeclarationStatus.Released, released.Status);
        Assert.Equal(("customs (automatic release)", "Customs Code Art. 359: released automatically when every condition of release held"),
            (released.History[^1].Actor, released.History[^1].LegalBasis));
        Assert.True(released.ReleaseConditions.Conditions.All(c => c.Met));
    }

    public void Dispose() => _calls.Dispose();
}
