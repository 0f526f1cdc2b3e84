using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace Customs.ServiceDefaults.Authentication;

/// <summary>
/// The token this service presents to the services it calls: the configured one, or one obtained from the token endpoint
/// (client credentials) and kept until shortly before it expires. One request at a time refreshes it.
/// </summary>
public sealed class ServiceTokenSource(IOptions<ServiceTokenOptions> options, IHttpClientFactory httpClients, TimeProvider clock) : IDisposable
{
    /// <summary>The named HttpClient that talks to the token endpoint (without a service token of its own).</summary>
    public const string TokenEndpointClient = "service-token-endpoint";

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private (string Token, DateTimeOffset RenewAt)? _current;

    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!string.IsNullOrWhiteSpace(settings.Token))
        {
            return settings.Token;
        }

        if (settings.TokenEndpoint is null)
        {
            throw new InvalidOperationException(
                $"{ServiceTokenOptions.SectionName} has neither Token nor TokenEndpoint: this service has no identity to call other services with.");
        }

        if (_current is { } held && clock.GetUtcNow() < held.RenewAt)
        {
            return held.Token;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } fresh && clock.GetUtcNow() < fresh.RenewAt)
            {
                return fresh.Token;
            }

            var issued = await RequestAsync(settings, cancellationToken);
            _current = (issued.AccessToken!, clock.GetUtcNow() + TimeSpan.FromSeconds(issued.ExpiresIn) - settings.RenewBefore);
            return issued.AccessToken!;
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Dispose() => _refresh.Dispose();

    private async Task<TokenResponse> RequestAsync(ServiceTokenOptions settings, CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials" };
        AddIfSet(form, "client_id", settings.ClientId);
        AddIfSet(form, "client_secret", settings.ClientSecret);
        AddIfSet(form, "scope", settings.Scope);
        using var response = await httpClients.CreateClient(TokenEndpointClient)
            .PostAsync(settings.TokenEndpoint, new FormUrlEncodedContent(form), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(
                $"The token endpoint {settings.TokenEndpoint} refused the client-credentials request: {(int)response.StatusCode}.", null, response.StatusCode);
        }

        var token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken);
        return token is { AccessToken.Length: > 0, ExpiresIn: > 0 }
            ? token
            : throw new InvalidOperationException($"The token endpoint {settings.TokenEndpoint} answered without access_token and expires_in.");
    }

    private static void AddIfSet(Dictionary<string, string> form, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            form[name] = value;
        }
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] long ExpiresIn);
}
