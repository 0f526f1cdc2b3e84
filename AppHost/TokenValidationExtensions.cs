using Customs.BuildingBlocks.Identity;
using Customs.DevTokens;

namespace Customs.AppHost;

public static class TokenValidationExtensions
{
    /// <summary>How long the token a service gets for calling other services is valid (a run of <c>./customs up</c>).</summary>
    public static readonly TimeSpan ServiceTokenLifetime = TimeSpan.FromDays(30);

    /// <summary>
    /// Hands the service the issuer, audience and public key of the development tokens (<c>Authentication__Jwt__*</c>),
    /// and a token of its own (role <c>service</c>, <c>sub</c> = its resource name) for calling other services
    /// (<c>Authentication__ServiceToken__Token</c>, read by ServiceDefaults' <c>AddServiceToken</c>).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithTokenValidation(this IResourceBuilder<ProjectResource> project, DevelopmentSigningKey key)
    {
        foreach (var (name, value) in key.ServiceConfiguration)
        {
            project.WithEnvironment(name, value);
        }

        var token = new TokenMinter(key).Mint(CallerIdentity.Service(project.Resource.Name), ServiceTokenLifetime);
        return project.WithEnvironment("Authentication__ServiceToken__Token", token);
    }
}
