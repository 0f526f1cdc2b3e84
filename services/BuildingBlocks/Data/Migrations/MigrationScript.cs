using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Customs.BuildingBlocks.Data.Migrations;

/// <summary>One forward-only script of a module, read from the module's embedded resources.</summary>
public sealed partial record MigrationScript(MigrationModule Module, int Version, string Name, string Sql, string Checksum)
{
    /// <summary>How the journal and the logs name the script: <c>0001_initial</c>.</summary>
    public string FileName => $"{Version:D4}_{Name}";

    /// <summary>The module's scripts in version order.</summary>
    public static IReadOnlyList<MigrationScript> Load(MigrationModule module)
    {
        var scripts = new SortedDictionary<int, MigrationScript>();
        foreach (var resource in module.Assembly.GetManifestResourceNames())
        {
            var inFolder = ResourcePattern().Match(resource);
            if (!inFolder.Success)
            {
                continue;
            }

            // A misnamed script would otherwise be skipped without a word: refuse it.
            var file = inFolder.Groups["file"].Value;
            var named = FileNamePattern().Match(file);
            if (!named.Success)
            {
                throw new MigrationException(
                    $"Migration script '{file}.sql' in {module.Assembly.GetName().Name} is not named NNNN_description.sql.");
            }

            var version = int.Parse(named.Groups["version"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var sql = Read(module, resource);
            var script = new MigrationScript(module, version, named.Groups["name"].Value, sql, ChecksumOf(sql));
            if (!scripts.TryAdd(version, script))
            {
                throw new MigrationException(
                    $"Module '{module.Name}' has two migration scripts numbered {version:D4}: {scripts[version].FileName} and {script.FileName}.");
            }
        }

        return [.. scripts.Values];
    }

    private static string Read(MigrationModule module, string resource)
    {
        using var stream = module.Assembly.GetManifestResourceStream(resource)
            ?? throw new MigrationException($"Embedded resource '{resource}' cannot be read.");
        using var reader = new StreamReader(stream, Encoding.UTF8);

        // Line endings depend on the checkout (core.autocrlf); the checksum must not.
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    private static string ChecksumOf(string sql) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));

    [GeneratedRegex(@"(?:^|\.)Data\.Migrations\.(?<file>[^.]+)\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex ResourcePattern();

    [GeneratedRegex(@"^(?<version>\d{4})_(?<name>\w+)$", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();
}
