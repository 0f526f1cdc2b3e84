using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Customs.DevTokens;

/// <summary>
/// The ES256 key that signs development and test tokens. The AppHost creates it once per data folder
/// (<c>auth/signing-key.pem</c>, readable by its owner only) and hands the services only its public half.
/// </summary>
public sealed class DevelopmentSigningKey
{
    /// <summary>The <c>iss</c> of development tokens.</summary>
    public const string Issuer = "customs-suite-development";

    /// <summary>The <c>aud</c> of every token of the suite in development.</summary>
    public const string Audience = "customs-suite";

    private readonly ECDsa _key;

    private DevelopmentSigningKey(ECDsa key)
    {
        _key = key;
        SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(key) { KeyId = KeyId(key) }, SecurityAlgorithms.EcdsaSha256);
    }

    public SigningCredentials SigningCredentials { get; }

    /// <summary>The public half, PEM (SubjectPublicKeyInfo): all a service needs to check signatures.</summary>
    public string PublicKeyPem => _key.ExportSubjectPublicKeyInfoPem();

    /// <summary>What a service needs to validate these tokens, as configuration keys (environment variables).</summary>
    public IReadOnlyDictionary<string, string> ServiceConfiguration => new Dictionary<string, string>
    {
        ["Authentication__Jwt__Issuer"] = Issuer,
        ["Authentication__Jwt__Audience"] = Audience,
        ["Authentication__Jwt__SigningKeys__0"] = PublicKeyPem,
    };

    public static string PathIn(string dataDirectory) => Path.Combine(dataDirectory, "auth", "signing-key.pem");

    /// <summary>The data folder's key, created on first use (a second start keeps it, so tokens already handed out stay valid).</summary>
    public static DevelopmentSigningKey LoadOrCreate(string dataDirectory)
    {
        var path = PathIn(dataDirectory);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var fresh = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var temporary = $"{path}.{Environment.ProcessId}.tmp";
            File.WriteAllText(temporary, "");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            File.WriteAllText(temporary, fresh.ExportPkcs8PrivateKeyPem());
            try
            {
                File.Move(temporary, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(temporary); // Another process created it first: use theirs.
            }
        }

        return Load(dataDirectory);
    }

    /// <summary>The key of a data folder a graph has run on; none there is an error that says what to do.</summary>
    public static DevelopmentSigningKey Load(string dataDirectory)
    {
        var path = PathIn(dataDirectory);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No signing key at {path}: start the graph once (./customs up) to create it.", path);
        }

        var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(path));
        return new DevelopmentSigningKey(key);
    }

    /// <summary>A key nobody trusts (tests: a token signed by another key is refused).</summary>
    public static DevelopmentSigningKey CreateUntrusted() => new(ECDsa.Create(ECCurve.NamedCurves.nistP256));

    private static string KeyId(ECDsa key) =>
        Base64UrlEncoder.Encode(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..16];
}
