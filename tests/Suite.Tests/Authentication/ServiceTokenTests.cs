using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Customs.BuildingBlocks.Identity;
using Customs.IpRegister.V1;
using Customs.ServiceDefaults.Authentication;
using Grpc.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.IdentityModel.JsonWebTokens;
using IpRegisterDriver = Customs.Suite.Tests.IpRegister.IpRegisterDriver;

namespace Customs.Suite.Tests.Authentication;

/// <summary>
/// A service calls another on its own behalf with the token the AppHost handed it, attached by ServiceDefaults'
/// AddServiceToken: the IP register takes it where services may call, and refuses it where only officers may.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class ServiceTokenTests(GraphFixture graph)
{
    [Fact]
    public async Task A_service_token_is_accepted_by_an_rpc_open_to_services_and_refused_by_an_officers_only_rpc()
    {
        var configuration = await ConfigurationOfAsync("declarations");
        var token = new JsonWebToken(configuration[$"{ServiceTokenOptions.SectionName}:Token"]);
        Assert.Equal(("service", "declarations"), (token.GetClaim(CustomsClaims.Role).Value, token.Subject));

        await using var provider = Client(configuration, withServiceToken: true);
        var client = provider.GetRequiredService<IpRegisterService.IpRegisterServiceClient>();
        var screening = IpRegisterDriver.Commercial("no-such-brand-" + Guid.NewGuid().ToString("N")[..8], "3303001000", 1);

        var lookedUp = await client.LookUpGoodsAsync(IpRegisterDriver.LookUp(screening));
        screening.DeclarationId = Guid.NewGuid().ToString();
        var refused = await Assert.ThrowsAsync<RpcException>(() => client.ScreenDeclarationAsync(screening).ResponseAsync);

        Assert.Equal(ScreeningOutcome.Clear, lookedUp.Results.Single().Outcome);
        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
        Assert.Contains("the caller's role is service", refused.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_service_token_the_same_client_is_unauthenticated()
    {
        await using var provider = Client(await ConfigurationOfAsync("declarations"), withServiceToken: false);
        var client = provider.GetRequiredService<IpRegisterService.IpRegisterServiceClient>();

        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            client.LookUpGoodsAsync(IpRegisterDriver.LookUp(IpRegisterDriver.Commercial("any", "3303001000", 1))).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
    }

    /// <summary>The service's configuration as the AppHost hands it over (its environment, <c>__</c> read as <c>:</c>).</summary>
    private async Task<IConfiguration> ConfigurationOfAsync(string service)
    {
        var resource = graph.App.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<ProjectResource>().Single(r => r.Name == service);
        var execution = await ExecutionConfigurationBuilder.Create(resource).WithEnvironmentVariablesConfig()
            .BuildAsync(graph.App.Services.GetRequiredService<DistributedApplicationExecutionContext>(), NullLogger.Instance, CancellationToken.None);
        return new ConfigurationBuilder()
            .AddInMemoryCollection(execution.EnvironmentVariables.Select(e => KeyValuePair.Create(e.Key.Replace("__", ":", StringComparison.Ordinal), (string?)e.Value)))
            .Build();
    }

    private ServiceProvider Client(IConfiguration configuration, bool withServiceToken)
    {
        var services = new ServiceCollection().AddSingleton(configuration);
        var client = services.AddGrpcClient<IpRegisterService.IpRegisterServiceClient>(o => o.Address = graph.App.GetEndpoint("ipregister", "grpc"));
        if (withServiceToken)
        {
            client.AddServiceToken();
        }

        return services.BuildServiceProvider();
    }
}
