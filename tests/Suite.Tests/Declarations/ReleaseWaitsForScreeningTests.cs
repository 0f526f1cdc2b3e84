using Customs.AppHost.Testing;
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
        // With the IP register away, the registered declaration's items cannot have been screened.
        await graph.App.StopResourceAsync("ipregister");
        RpcException early;
        Declaration registered;
        try
        {
            var filed = (await _calls.Client.FileDeclarationAsync(DeclarationCalls.CommercialImport(), _calls.AsDeclarant)).Declaration;
            registered = (await _calls.Client.RegisterDeclarationAsync(
                new RegisterDeclarationRequest { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version },
                _calls.AsOfficer())).Declaration;
            early = await Assert.ThrowsAsync<RpcException>(() => _calls.Client.ReleaseGoodsAsync(
                new ReleaseGoodsRequest { DeclarationId = registered.DeclarationId, ExpectedVersion = registered.Version },
                _calls.AsOfficer()).ResponseAsync);
        }
        finally
        {
            await graph.App.StartResourceAsync("ipregister");
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await graph.App.WaitForResourceHealthyAsync("ipregister", timeout.Token);
        }

        var screened = await _calls.ScreenedAsync(registered.DeclarationId);
        var released = (await _calls.Client.ReleaseGoodsAsync(
            new ReleaseGoodsRequest { DeclarationId = screened.DeclarationId, ExpectedVersion = screened.Version },
            _calls.AsOfficer())).Declaration;

        Assert.Equal(StatusCode.FailedPrecondition, early.StatusCode);
        Assert.Equal("Cannot release: item 1 still awaits IP screening by the IP register.", early.Status.Detail);
        Assert.Equal(DeclarationStatus.Released, released.Status);
    }

    public void Dispose() => _calls.Dispose();
}
