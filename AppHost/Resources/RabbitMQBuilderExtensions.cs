using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;

namespace Customs.AppHost.Resources;

public static class RabbitMQBuilderExtensions
{
    // RabbitMQ would otherwise start an epmd daemon that outlives it. This one is the node's own, on the run's port,
    // and ends with the node's start script (--pdeathsig): rabbitmq-server keeps its pid as the proxy that turns
    // SIGTERM/SIGINT into a clean stop of the Erlang VM.
    private const string StartScript = """
        setpriv --pdeathsig TERM -- "$1" -port "$ERL_EPMD_PORT" &
        until "$1" -port "$ERL_EPMD_PORT" -names >/dev/null 2>&1; do sleep 0.1; done
        exec "$2"
        """;

    /// <summary>
    /// RabbitMQ from the Debian package as an executable resource, isolated by its environment (ports, data, config,
    /// its own epmd). Where a container runtime exists, Aspire's <c>AddRabbitMQ(name)</c> (Aspire.Hosting.RabbitMQ)
    /// takes its place.
    /// </summary>
    public static IResourceBuilder<RabbitMQServerResource> AddLocalRabbitMQ(this IDistributedApplicationBuilder builder, string name)
    {
        var folder = LocalServers.DataFolder(builder, name);
        var rabbit = new RabbitMQServerResource(name, folder, LocalServers.PasswordParameter(builder, name).Resource);
        var epmdPort = LocalServers.FreeLoopbackPort();
        var distributionPort = LocalServers.FreeLoopbackPort();
        builder.Services.AddHealthChecks().Add(new(
            $"{name}_check", _ => ProbeHealthCheck.ByConnectionString(rabbit, "RabbitMQ", ProbeAsync), failureStatus: null, tags: null));

        return builder.AddResource(rabbit)
            .WithEndpoint(name: "amqp", scheme: "amqp")
            .WithArgs("-c", StartScript, "rabbitmq", ServerBinaries.Epmd, ServerBinaries.RabbitMQ)
            .WithEnvironment(context =>
            {
                var env = context.EnvironmentVariables;
                env["HOME"] = Path.Combine(folder, "home");
                env["RABBITMQ_NODENAME"] = $"{name}@localhost";
                env["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1";
                env["RABBITMQ_NODE_PORT"] = rabbit.PrimaryEndpoint.Property(EndpointProperty.TargetPort);
                env["RABBITMQ_DIST_PORT"] = distributionPort.ToString();
                env["ERL_EPMD_PORT"] = epmdPort.ToString();
                env["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-start_epmd false -kernel inet_dist_use_interface {127,0,0,1}";
                env["ERL_EPMD_ADDRESS"] = "127.0.0.1";
                env["RABBITMQ_MNESIA_BASE"] = Path.Combine(folder, "mnesia");
                env["RABBITMQ_LOG_BASE"] = Path.Combine(folder, "log");
                env["RABBITMQ_LOGS"] = "-";
                env["RABBITMQ_CONFIG_FILE"] = Path.Combine(folder, "rabbitmq");
                env["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(folder, "enabled_plugins");
                env["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(folder, "rabbitmq-env.conf");
                env["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(folder, "advanced.config");
                env["RABBITMQ_PID_FILE"] = Path.Combine(folder, "rabbitmq.pid");
            })
            .WithHealthCheck($"{name}_check")
            .WithIconName("Mail")
            .OnBeforeResourceStarted(async (resource, _, cancellationToken) =>
            {
                Directory.CreateDirectory(Path.Combine(folder, "home"));
                var password = await resource.Password.GetValueAsync(cancellationToken);
                // Connections are logged at warning only: the health check connects every few seconds.
                await File.WriteAllTextAsync(Path.Combine(folder, "rabbitmq.conf"), $"""
                    default_user = {RabbitMQServerResource.User}
                    default_pass = {password}
                    loopback_users = none
                    log.console = true
                    log.console.level = info
                    log.file = false
                    log.connection.level = warning
                    """, cancellationToken);
                await File.WriteAllTextAsync(Path.Combine(folder, "enabled_plugins"), "[].", cancellationToken);
                await File.WriteAllTextAsync(Path.Combine(folder, "rabbitmq-env.conf"), "", cancellationToken);
            });
    }

    private static async Task ProbeAsync(string connectionString, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = new Uri(connectionString), RequestedConnectionTimeout = TimeSpan.FromSeconds(2) };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
    }
}
