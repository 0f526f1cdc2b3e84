namespace Customs.ServiceDefaults.Authentication;

/// <summary>
/// How a service obtains the token it attaches when it calls another service on its own behalf (role <c>service</c>):
/// either <see cref="Token"/>, a token issued to it (the AppHost mints one per service in development), or OAuth 2.0
/// client credentials (RFC 6749 §4.4) at the identity provider's <see cref="TokenEndpoint"/>, renewed before it expires.
/// </summary>
public sealed class ServiceTokenOptions
{
    public const string SectionName = "Authentication:ServiceToken";

    /// <summary>A bearer token issued to this service (claims <c>role = service</c>, <c>sub</c> = its name).</summary>
    public string? Token { get; set; }

    /// <summary>The identity provider's token endpoint for the client-credentials grant.</summary>
    public Uri? TokenEndpoint { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The scope (or audience) asked for, when the identity provider needs one.</summary>
    public string? Scope { get; set; }

    /// <summary>A token from the endpoint is renewed this long before it expires (clock skew, calls in flight).</summary>
    public TimeSpan RenewBefore { get; set; } = TimeSpan.FromMinutes(1);
}
