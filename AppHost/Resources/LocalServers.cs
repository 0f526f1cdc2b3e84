using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;

namespace Customs.AppHost.Resources;

/// <summary>
/// What the executable servers share: where their data lives (a folder each in
/// <see cref="DataDirectoryExtensions.GetDataDirectory"/>), their generated passwords (kept beside the data, so deleting
/// the data resets both), and free loopback ports for the ports a server needs besides its endpoint.
/// </summary>
internal static class LocalServers
{
    public static string DataFolder(IDistributedApplicationBuilder builder, string resourceName)
    {
        var folder = Path.Combine(builder.GetDataDirectory(), resourceName);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Test runs trade durability for speed (no fsync); their data folder is thrown away.</summary>
    public static bool Ephemeral(IDistributedApplicationBuilder builder) => builder.Configuration.GetValue<bool>("Customs:Ephemeral");

    public static IResourceBuilder<ParameterResource> PasswordParameter(IDistributedApplicationBuilder builder, string resourceName)
    {
        var file = Path.Combine(DataFolder(builder, "secrets"), $"{resourceName}-password");
        return builder.AddParameter($"{resourceName}-password", () => ReadOrCreate(file), secret: true);
    }

    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static bool IsRoot => Environment.UserName == "root";

    private static string ReadOrCreate(string file)
    {
        if (File.Exists(file))
        {
            return File.ReadAllText(file).Trim();
        }

        // Letters and digits only: the password sits in URIs and connection strings unescaped.
        var password = RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 24);
        File.WriteAllText(file, password);
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return password;
    }
}
