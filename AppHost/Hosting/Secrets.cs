using System.Security.Cryptography;
using System.Text.Json;

namespace Customs.AppHost.Hosting;

/// <summary>
/// Credentials the AppHost generates for its servers. Kept in the data folder so a server
/// initialised on a first run accepts the same password on the next one.
/// </summary>
internal sealed class Secrets(string path)
{
    private readonly Dictionary<string, string> _values = Load(path);

    public string Get(string name)
    {
        lock (_values)
        {
            if (!_values.TryGetValue(name, out var value))
            {
                value = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
                _values[name] = value;
                File.WriteAllText(path, JsonSerializer.Serialize(_values));
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            return value;
        }
    }

    private static Dictionary<string, string> Load(string path) =>
        File.Exists(path)
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) ?? []
            : [];
}
