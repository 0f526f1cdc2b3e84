using System.Net.Http.Headers;

namespace Customs.ServiceDefaults.Authentication;

/// <summary>Attaches this service's own token (<see cref="ServiceTokenSource"/>) to every call of the client it is added to.</summary>
public sealed class ServiceTokenHandler(ServiceTokenSource tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }
}
