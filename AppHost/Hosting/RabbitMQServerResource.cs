using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Customs.AppHost.Hosting;

/// <summary>
/// A RabbitMQ node isolated by its environment: its own ports, data, configuration and its own epmd,
/// started in the node's process group so that it ends with the node instead of outliving it.
/// </summary>
public sealed class RabbitMQServerResource(string name) : Resource(name), IResourceWithConnectionString
{
    private readonly Dictionary<string, string> _endpoints = [];
    private string _password = "";
    private int _distributionPort;
    private int _epmdPort;

    public override string Type => "RabbitMQ";

    public override IReadOnlyDictionary<string, string> Endpoints => _endpoints;

    public int Port { get; private set; }

    public string ConnectionString => $"amqp://customs:{_password}@127.0.0.1:{Port}";

    internal override void Allocate(RunContext context)
    {
        Port = Ports.FreeLoopbackPort();
        _distributionPort = Ports.FreeLoopbackPort();
        _epmdPort = Ports.FreeLoopbackPort();
        _password = context.Secrets.Get($"{Name}-password");
        _endpoints["amqp"] = $"amqp://127.0.0.1:{Port}";
    }

    internal override async Task<ProcessSpec?> PrepareAsync(RunContext context, CancellationToken cancellationToken)
    {
        var folder = context.Directory.ResourceFolder(Name);
        var home = Path.Combine(folder, "home");
        Directory.CreateDirectory(home);
        // Connections are logged at warning only: the health probe connects every 2 s and would drown the output.
        await File.WriteAllTextAsync(Path.Combine(folder, "rabbitmq.conf"), $"""
            listeners.tcp.default = 127.0.0.1:{Port}
            default_user = customs
            default_pass = {_password}
            loopback_users = none
            log.console = true
            log.console.level = info
            log.file = false
            log.connection.level = warning
            """, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "enabled_plugins"), "[].", cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "rabbitmq-env.conf"), "", cancellationToken);

        var environment = new Dictionary<string, string>
        {
            ["HOME"] = home,
            ["RABBITMQ_NODENAME"] = $"{Name}@localhost",
            ["RABBITMQ_NODE_PORT"] = Port.ToString(),
            ["RABBITMQ_DIST_PORT"] = _distributionPort.ToString(),
            ["ERL_EPMD_PORT"] = _epmdPort.ToString(),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(folder, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(folder, "log"),
            ["RABBITMQ_LOGS"] = "-",
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(folder, "rabbitmq"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(folder, "enabled_plugins"),
            ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(folder, "rabbitmq-env.conf"),
            ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(folder, "advanced.config"),
            ["RABBITMQ_PID_FILE"] = Path.Combine(folder, "rabbitmq.pid"),
        };

        // Our own epmd, in the foreground, so that it is a member of the guarded group.
        var script = $"'{ServerBinaries.Epmd}' -port {_epmdPort} & exec '{ServerBinaries.RabbitMQ}'";
        return new ProcessSpec("bash", ["-c", script], environment, folder);
    }

    internal override async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        try
        {
            var factory = new ConnectionFactory { Uri = new Uri(ConnectionString), RequestedConnectionTimeout = TimeSpan.FromSeconds(2) };
            await using var connection = await factory.CreateConnectionAsync(cancellationToken);
            return connection.IsOpen;
        }
        catch (BrokerUnreachableException)
        {
            return false;
        }
        catch (Exception ex) when (ex is IOException or OperationInterruptedException or System.Net.Sockets.SocketException)
        {
            return false;
        }
    }
}
