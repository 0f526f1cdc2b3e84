using System.Reflection;

namespace Customs.BuildingBlocks.Data.Migrations;

/// <summary>
/// A set of numbered scripts embedded in one assembly (<c>…Data.Migrations.NNNN_description.sql</c>),
/// journaled under its own name so that modules number their scripts independently.
/// </summary>
public sealed record MigrationModule
{
    /// <summary>The module name a service's own scripts are journaled under unless it names another.</summary>
    public const string ServiceModuleName = "service";

    public MigrationModule(string name, Assembly assembly)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(assembly);
        Name = name;
        Assembly = assembly;
    }

    /// <summary>The outbox and inbox tables; always applied first, so service scripts may rely on them.</summary>
    public static MigrationModule BuildingBlocks { get; } = new("building-blocks", typeof(MigrationModule).Assembly);

    public string Name { get; }

    public Assembly Assembly { get; }
}
