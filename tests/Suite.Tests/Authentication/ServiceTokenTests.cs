using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Customs.BuildingBlocks.Identity;
using Customs.IpRegister.V1;
using Customs.Payments.V1;
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
/// AddServiceToken: Payments takes the Declarations service's token where services may call (GetAssessment, policy
/// officer_or_service) and refuses it where only officers may (ImportExchangeRates); the IP register's open lookup takes it.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class ServiceTokenTests(GraphFixture graph)
{
    [Fact]
    public async Task A_service_token_is_accepted_by_an_rpc_meant_for_services_and_refused_by_an_officers_only_rpc()
    {
        var configuration = await ConfigurationOfAsync("declarations");
        var token = new JsonWebToken(configuration[$"{ServiceTokenOptions.SectionName}:Token"]);
        Assert.Equal(("service", "declarations"), (token.GetClaim(CustomsClaims.Role).Value, token.Subject));

        await using var provider = Client(configuration, withServiceToken: true);
        var payments = provider.GetRequiredService<PaymentsService.PaymentsServiceClient>();
        var ipRegister = provider.GetRequiredService<IpRegisterService.IpRegisterServiceClient>();

        var forServices = await Assert.ThrowsAsync<RpcException>(() =>
            payments.GetAssessmentAsync(new GetAssessmentRequest { DeclarationId = Guid.NewGuid().ToString() }).ResponseAsync);
        var officersOnly = await Assert.ThrowsAsync<RpcException>(() =>
            payments.ImportExchangeRatesAsync(new ImportExchangeRatesRequest()).ResponseAsync);
        var lookedUp = await ipRegister.LookUpGoodsAsync(
            IpRegisterDriver.LookUp(IpRegisterDriver.Commercial("no-such-brand-" + Guid.NewGuid().ToString("N")[..8], "3303001000", 1)));

        Assert.Equal(StatusCode.NotFound, forServices.StatusCode); // let in: no assessment of that declaration
        Assert.Equal(StatusCode.PermissionDenied, officersOnly.StatusCode);
        Assert.Contains("the caller's role is service", officersOnly.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(ScreeningOutcome.Clear, lookedUp.Results.Single().Outcome);
    }

    [Fact]
    public async Task Without_the_service_token_the_same_client_is_unauthenticated()
    {
        await using var provider = Client(await ConfigurationOfAsync("declarations"), withServiceToken: false);
        var payments = provider.GetRequiredService<PaymentsService.PaymentsServiceClient>();

        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            payments.GetAssessmentAsync(new GetAssessmentRequest { DeclarationId = Guid.NewGuid().ToString() }).ResponseAsync);

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
        var clients = new[]
        {
            services.AddGrpcClient<PaymentsService.PaymentsServiceClient>(o => o.Address = graph.App.GetEndpoint("payments", "grpc")),
            services.AddGrpcClient<IpRegisterService.IpRegisterServiceClient>(o => o.Address = graph.App.GetEndpoint("ipregister", "grpc")),
        };
        if (withServiceToken)
        {
            foreach (var client in clients)
            {
                client.AddServiceToken();
            }
        }

        return services.BuildServiceProvider();
    }
}
