using Aspire.Hosting.ApplicationModel;

namespace Customs.AppHost.Resources;

/// <summary>A RabbitMQ node run from the Debian package, isolated by its environment, with an epmd of its own.</summary>
public sealed class RabbitMQServerResource(string name, string workingDirectory, ParameterResource password)
    : ExecutableResource(name, "bash", workingDirectory), IResourceWithConnectionString
{
    public const string User = "customs";

    public ParameterResource Password { get; } = password;

    public EndpointReference PrimaryEndpoint => new(this, "amqp");

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"amqp://{User}:{Password}@{PrimaryEndpoint.Property(EndpointProperty.Host)}:{PrimaryEndpoint.Property(EndpointProperty.Port)}");
}
