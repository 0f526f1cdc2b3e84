using Npgsql;

namespace Customs.AppHost.Hosting;

/// <summary>A PostgreSQL server from the Debian binaries, initialised on first start (as the postgres user when we are root).</summary>
public sealed class PostgresServerResource(string name) : Resource(name), IResourceWithConnectionString
{
    private readonly Dictionary<string, string> _endpoints = [];
    private string _password = "";

    public override string Type => "PostgreSQL";

    public override IReadOnlyDictionary<string, string> Endpoints => _endpoints;

    public int Port { get; private set; }

    public List<PostgresDatabaseResource> Databases { get; } = [];

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Password={_password}";

    internal override void Allocate(RunContext context)
    {
        Port = Ports.FreeLoopbackPort();
        _password = context.Secrets.Get($"{Name}-password");
        _endpoints["tcp"] = $"tcp://127.0.0.1:{Port}";
    }

    internal override async Task<ProcessSpec?> PrepareAsync(RunContext context, CancellationToken cancellationToken)
    {
        var folder = context.Directory.ResourceFolder(Name);
        var dataFolder = Path.Combine(folder, "data");
        if (!File.Exists(Path.Combine(dataFolder, "PG_VERSION")))
        {
            await InitialiseAsync(folder, dataFolder, cancellationToken);
        }

        string[] arguments =
        [
            "-D", dataFolder, "-p", Port.ToString(), "-c", "listen_addresses=127.0.0.1",
            "-c", "unix_socket_directories=", "-c", "max_connections=200",
            .. context.Options.Ephemeral ? new[] { "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off" } : [],
        ];
        var (file, args) = AsPostgresUser(ServerBinaries.PostgresBin("postgres"), arguments);
        return new ProcessSpec(file, args, new Dictionary<string, string>(), folder, NativeMethods.SIGINT);
    }

    internal override async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString + ";Database=postgres;Pooling=false;Timeout=2");
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("select 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return false;
        }
    }

    private async Task InitialiseAsync(string folder, string dataFolder, CancellationToken cancellationToken)
    {
        var passwordFile = Path.Combine(folder, "pwfile");
        await File.WriteAllTextAsync(passwordFile, _password, cancellationToken);
        Directory.CreateDirectory(dataFolder);
        if (NativeMethods.IsRoot)
        {
            // PostgreSQL refuses to run as root: the data belongs to the postgres system user.
            await Shell.RunAsync("chown", ["-R", "postgres:postgres", folder], cancellationToken);
        }

        var (file, args) = AsPostgresUser(ServerBinaries.PostgresBin("initdb"),
            ["-D", dataFolder, "-U", "postgres", "--pwfile", passwordFile, "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"]);
        await Shell.RunAsync(file, args, cancellationToken);
        File.Delete(passwordFile);
    }

    private static (string File, string[] Args) AsPostgresUser(string binary, string[] args) =>
        NativeMethods.IsRoot
            ? ("setpriv", ["--reuid=postgres", "--regid=postgres", "--init-groups", binary, .. args])
            : (binary, args);
}
