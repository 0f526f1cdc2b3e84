using Aspire.Hosting.ApplicationModel;

namespace Customs.AppHost.Resources;

/// <summary>A Redis server run from the Debian binary, password protected, with its append-only file on.</summary>
public sealed class RedisResource(string name, string workingDirectory, ParameterResource password)
    : ExecutableResource(name, ServerBinaries.Redis, workingDirectory), IResourceWithConnectionString
{
    public ParameterResource Password { get; } = password;

    public EndpointReference PrimaryEndpoint => new(this, "tcp");

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"{PrimaryEndpoint.Property(EndpointProperty.Host)}:{PrimaryEndpoint.Property(EndpointProperty.Port)},password={Password}");
}
