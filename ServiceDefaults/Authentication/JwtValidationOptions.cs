namespace Customs.ServiceDefaults.Authentication;

/// <summary>
/// How a service validates callers' bearer tokens (configuration section <c>Authentication:Jwt</c>). Issuer and audience
/// are always required; the keys come either from <see cref="SigningKeys"/> or from the issuer's OpenID metadata
/// (<see cref="Authority"/> or <see cref="MetadataAddress"/>, whose JWKS is fetched and refreshed).
/// </summary>
public sealed class JwtValidationOptions
{
    public const string SectionName = "Authentication:Jwt";

    /// <summary>The <c>iss</c> every token must carry.</summary>
    public string? Issuer { get; set; }

    /// <summary>The <c>aud</c> every token must carry.</summary>
    public string? Audience { get; set; }

    /// <summary>Public keys (PEM, EC P-256 or RSA) whose signatures are accepted. Never a private key: services only verify.</summary>
    public List<string> SigningKeys { get; set; } = [];

    /// <summary>The issuer's base address; its <c>/.well-known/openid-configuration</c> names the JWKS.</summary>
    public string? Authority { get; set; }

    /// <summary>The OpenID metadata document's address, when it is not under <see cref="Authority"/>.</summary>
    public string? MetadataAddress { get; set; }

    /// <summary>Metadata only over HTTPS, unless a development setup says otherwise.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>How far the issuer's clock may be from ours when checking <c>nbf</c> and <c>exp</c>.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(1);
}
