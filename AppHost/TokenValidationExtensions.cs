using Customs.AppHost.Hosting;
using Customs.DevTokens;

namespace Customs.AppHost;

public static class TokenValidationExtensions
{
    /// <summary>Hands the service the issuer, audience and public key of the development tokens (<c>Authentication__Jwt__*</c>).</summary>
    public static IResourceBuilder<ProjectResource> WithTokenValidation(this IResourceBuilder<ProjectResource> project, DevelopmentSigningKey key)
    {
        foreach (var (name, value) in key.ServiceConfiguration)
        {
            project.WithEnvironment(name, value);
        }

        return project;
    }
}
