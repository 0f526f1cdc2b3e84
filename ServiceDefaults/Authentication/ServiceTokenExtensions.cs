using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Customs.ServiceDefaults.Authentication;

/// <summary>
/// The one way a service calls another on its own behalf: its gRPC client is registered as usual and given the service's
/// token, e.g. <c>services.AddGrpcClient&lt;PaymentService.PaymentServiceClient&gt;(o =&gt; o.Address = new("https+http://payments")).AddServiceToken()</c>.
/// The token comes from <see cref="ServiceTokenOptions"/> (<c>Authentication:ServiceToken</c>).
/// </summary>
public static class ServiceTokenExtensions
{
    public static IHttpClientBuilder AddServiceToken(this IHttpClientBuilder client)
    {
        var services = client.Services;
        services.AddOptions<ServiceTokenOptions>().BindConfiguration(ServiceTokenOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ServiceTokenSource>();
        services.TryAddTransient<ServiceTokenHandler>();
        services.AddHttpClient(ServiceTokenSource.TokenEndpointClient);
        return client.AddHttpMessageHandler<ServiceTokenHandler>();
    }
}
