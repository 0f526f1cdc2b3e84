using Customs.IpRegister.V1;
using Grpc.Core;

namespace Customs.Suite.Tests.IpRegister;

/// <summary>Holding a declaration's release and reading a suspension are for customs officers only.</summary>
[Collection(GraphCollection.Name)]
public sealed class SuspensionAccessTests(GraphFixture graph)
{
    [Fact]
    public async Task Screening_a_declaration_without_an_officers_role_is_denied_and_holds_nothing_so_the_real_screening_still_holds_it()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var brand = IpRegisterDriver.UniqueBrand("Deny");
        await ipRegister.RegisterAsync(brand, "3303");
        var request = IpRegisterDriver.Commercial(brand, "3303001000", 100, Guid.NewGuid().ToString());

        var denied = await Assert.ThrowsAsync<RpcException>(() => ipRegister.Client.ScreenDeclarationAsync(request, ipRegister.Declarant).ResponseAsync);
        var result = (await ipRegister.Client.ScreenDeclarationAsync(request, ipRegister.Inspector)).Results.Single();

        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        Assert.Equal(ScreeningOutcome.Held, result.Outcome);
        Assert.NotEqual("", result.SuspensionId);
    }

    [Fact]
    public async Task A_lookup_without_a_declaration_needs_no_officers_role()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var brand = IpRegisterDriver.UniqueBrand("Look");
        await ipRegister.RegisterAsync(brand, "3303");

        var outcome = await ipRegister.OutcomeAsync(IpRegisterDriver.Commercial(brand, "3303001000", 100));

        Assert.Equal(ScreeningOutcome.Held, outcome);
    }

    [Fact]
    public async Task Reading_a_suspension_with_both_parties_details_without_an_officers_role_is_denied()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var id = await ipRegister.HoldAsync("Secret");

        var denied = await Task.WhenAll(new[] { ipRegister.RightHolder, ipRegister.Declarant }.Select(async caller =>
            (await Assert.ThrowsAsync<RpcException>(
                () => ipRegister.Client.GetSuspensionAsync(new GetSuspensionRequest { SuspensionId = id }, caller).ResponseAsync)).StatusCode));

        Assert.All(denied, status => Assert.Equal(StatusCode.PermissionDenied, status));
    }
}
