using System.Net.Sockets;
using System.Text;

namespace Customs.AppHost.Hosting;

/// <summary>A Redis server with its append-only file on, password protected, on loopback.</summary>
public sealed class RedisResource(string name) : Resource(name), IResourceWithConnectionString
{
    private readonly Dictionary<string, string> _endpoints = [];
    private string _password = "";

    public override string Type => "Redis";

    public override IReadOnlyDictionary<string, string> Endpoints => _endpoints;

    public int Port { get; private set; }

    public string ConnectionString => $"127.0.0.1:{Port},password={_password}";

    internal override void Allocate(RunContext context)
    {
        Port = Ports.FreeLoopbackPort();
        _password = context.Secrets.Get($"{Name}-password");
        _endpoints["tcp"] = $"tcp://127.0.0.1:{Port}";
    }

    internal override Task<ProcessSpec?> PrepareAsync(RunContext context, CancellationToken cancellationToken)
    {
        var folder = context.Directory.ResourceFolder(Name);
        string[] arguments =
        [
            "--port", Port.ToString(), "--bind", "127.0.0.1", "--dir", folder,
            "--appendonly", "yes", "--requirepass", _password, "--daemonize", "no",
        ];
        return Task.FromResult<ProcessSpec?>(new ProcessSpec(ServerBinaries.Redis, arguments, new Dictionary<string, string>(), folder));
    }

    internal override async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", Port, cancellationToken);
            var stream = client.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"AUTH {_password}\r\nPING\r\n"), cancellationToken);
            var buffer = new byte[64];
            var received = new StringBuilder();
            while (!received.ToString().Contains("PONG") && received.Length < 64)
            {
                var read = await stream.ReadAsync(buffer, cancellationToken);
                if (read == 0)
                {
                    break;
                }

                received.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }

            return received.ToString().Contains("+PONG");
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
