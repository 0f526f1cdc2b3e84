using Aspire.Hosting.ApplicationModel;

namespace Customs.AppHost.Resources;

/// <summary>A PostgreSQL server run from the Debian binaries; the databases of the services live in it.</summary>
public sealed class PostgresServerResource(string name, string workingDirectory, ParameterResource password)
    : ExecutableResource(name, "sh", workingDirectory), IResourceWithConnectionString
{
    public const string User = "postgres";

    public ParameterResource Password { get; } = password;

    public EndpointReference PrimaryEndpoint => new(this, "tcp");

    public Dictionary<string, string> Databases { get; } = [];

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host={PrimaryEndpoint.Property(EndpointProperty.Host)};Port={PrimaryEndpoint.Property(EndpointProperty.Port)};Username={User};Password={Password}");
}
