namespace Customs.AppHost.Resources;

/// <summary>Where the Debian packages put the servers' binaries (./customs installs the packages when missing).</summary>
internal static class ServerBinaries
{
    public static string PostgresBin(string tool)
    {
        var versions = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
            : Enumerable.Empty<string>();
        return Require(versions.Select(v => Path.Combine(v, "bin", tool)).FirstOrDefault(File.Exists), tool, "postgresql");
    }

    public static string Redis => Require(FindOnPath("redis-server"), "redis-server", "redis-server");

    public static string RabbitMQ => Require(
        File.Exists("/usr/lib/rabbitmq/bin/rabbitmq-server") ? "/usr/lib/rabbitmq/bin/rabbitmq-server" : null,
        "rabbitmq-server", "rabbitmq-server");

    public static string Epmd => Require(FindOnPath("epmd"), "epmd", "erlang-base");

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin")
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/sbin").Append("/usr/bin")
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    private static string Require(string? path, string tool, string package) =>
        path ?? throw new InvalidOperationException(
            $"'{tool}' was not found. Install the Debian package with: apt-get install -y {package} (./customs up does this when run as root).");
}
