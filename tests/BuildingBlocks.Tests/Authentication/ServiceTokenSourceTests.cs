using System.Net;
using System.Text;
using Customs.ServiceDefaults;
using Customs.ServiceDefaults.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Customs.BuildingBlocks.Tests.Authentication;

/// <summary>In production a service gets its token by client credentials (RFC 6749 §4.4) and keeps it until shortly before expiry.</summary>
public sealed class ServiceTokenSourceTests
{
    [Fact]
    public async Task A_token_from_the_endpoint_is_reused_until_a_minute_before_it_expires_then_renewed()
    {
        var endpoint = new TokenEndpoint();
        var clock = new AdjustableTimeProvider();
        await using var provider = Services(endpoint, clock, new()
        {
            ["Authentication:ServiceToken:TokenEndpoint"] = "https://idp.example/token",
            ["Authentication:ServiceToken:ClientId"] = "declarations",
            ["Authentication:ServiceToken:ClientSecret"] = "s3cret",
            ["Authentication:ServiceToken:Scope"] = "customs-suite",
        });
        var tokens = provider.GetRequiredService<ServiceTokenSource>();

        var first = await tokens.GetTokenAsync(default);
        clock.Advance(TimeSpan.FromSeconds(3600 - 61));
        var beforeRenewal = await tokens.GetTokenAsync(default);
        clock.Advance(TimeSpan.FromSeconds(2));
        var renewed = await tokens.GetTokenAsync(default);

        Assert.Equal(("token-1", "token-1", "token-2"), (first, beforeRenewal, renewed));
        Assert.Equal("grant_type=client_credentials&client_id=declarations&client_secret=s3cret&scope=customs-suite", endpoint.Forms[0]);
        Assert.Equal(2, endpoint.Forms.Count);
    }

    [Fact]
    public async Task A_configured_token_is_attached_as_it_is_and_no_endpoint_is_asked()
    {
        var endpoint = new TokenEndpoint();
        await using var provider = Services(endpoint, new AdjustableTimeProvider(), new() { ["Authentication:ServiceToken:Token"] = "issued.by.apphost" });

        Assert.Equal("issued.by.apphost", await provider.GetRequiredService<ServiceTokenSource>().GetTokenAsync(default));
        Assert.Empty(endpoint.Forms);
    }

    [Fact]
    public async Task Without_a_token_or_an_endpoint_the_service_has_no_identity_to_call_with()
    {
        await using var provider = Services(new TokenEndpoint(), new AdjustableTimeProvider(), []);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => provider.GetRequiredService<ServiceTokenSource>().GetTokenAsync(default).AsTask());

        Assert.Contains("neither Token nor TokenEndpoint", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(TokenEndpoint endpoint, TimeProvider clock, Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddSingleton(clock);
        services.AddHttpClient("called-service").AddServiceToken();
        services.AddHttpClient(ServiceTokenSource.TokenEndpointClient).ConfigurePrimaryHttpMessageHandler(() => endpoint);
        return services.BuildServiceProvider();
    }

    /// <summary>An identity provider's token endpoint: a new token, valid an hour, for every request.</summary>
    private sealed class TokenEndpoint : HttpMessageHandler
    {
        public List<string> Forms { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Forms.Add(await request.Content!.ReadAsStringAsync(cancellationToken));
            var body = $$"""{"access_token":"token-{{Forms.Count}}","token_type":"Bearer","expires_in":3600}""";
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        }
    }
}
