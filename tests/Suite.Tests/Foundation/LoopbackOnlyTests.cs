using System.Globalization;
using System.Net;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Customs.Suite.Tests.Foundation;

/// <summary>
/// A government system makes no outbound call that nobody configured (MassTransit's usage telemetry is off): every TCP
/// connection of every service process, sampled while the graph runs, is to loopback.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class LoopbackOnlyTests(GraphFixture graph)
{
    [Fact]
    public async Task No_service_connects_beyond_loopback()
    {
        var services = graph.App.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<ProjectResource>().ToList();
        var processes = services.SelectMany(s => ProcessTree(graph.App.GetProcessId(s.Name)
            ?? throw new InvalidOperationException($"{s.Name} has no process id."))).ToList();
        var connections = new List<string>();
        for (var sample = 0; sample < 10; sample++)
        {
            connections.AddRange(processes.SelectMany(RemoteEndpoints));
            await Task.Delay(TimeSpan.FromMilliseconds(300));
        }

        Assert.NotEmpty(connections);
        Assert.All(connections, remote => Assert.True(IPAddress.IsLoopback(IPEndPoint.Parse(remote).Address), $"connection to {remote}"));
    }

    // A project runs under `dotnet run`: the service is a child of the process Aspire reports.
    private static IEnumerable<int> ProcessTree(int root)
    {
        var children = Directory.EnumerateDirectories("/proc")
            .Select(Path.GetFileName)
            .Where(name => int.TryParse(name, out _))
            .Select(int.Parse!)
            .Where(pid => ParentOf(pid) == root)
            .ToList();
        return children.SelectMany(ProcessTree).Prepend(root);
    }

    private static int? ParentOf(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("PPid:", StringComparison.Ordinal));
            return line is null ? null : int.Parse(line[5..].Trim(), CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The remote ends of the process's established TCP connections (from /proc: its sockets and the net table).</summary>
    private static IEnumerable<string> RemoteEndpoints(int pid)
    {
        HashSet<string> sockets;
        try
        {
            sockets = Directory.EnumerateFileSystemEntries($"/proc/{pid}/fd")
                .Select(fd => new FileInfo(fd).LinkTarget)
                .Where(target => target is not null && target.StartsWith("socket:[", StringComparison.Ordinal))
                .Select(target => target![8..^1])
                .ToHashSet();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }

        return new[] { "tcp", "tcp6" }
            .SelectMany(table => File.ReadLines($"/proc/{pid}/net/{table}").Skip(1))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f[3] == "01" && sockets.Contains(f[9])) // 01: ESTABLISHED
            .Select(f => Decode(f[2]))
            .ToList();
    }

    // /proc/net/tcp writes addresses as hex in host byte order (32-bit words), then the port: "0100007F:1F90".
    private static string Decode(string hex)
    {
        var parts = hex.Split(':');
        var bytes = Convert.FromHexString(parts[0]);
        for (var word = 0; word < bytes.Length; word += 4)
        {
            Array.Reverse(bytes, word, 4);
        }

        return new IPEndPoint(new IPAddress(bytes), int.Parse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString();
    }
}
