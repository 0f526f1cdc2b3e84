namespace Customs.BuildingBlocks.Data.Migrations;

/// <summary>A script applied by one run of the <see cref="MigrationRunner"/>.</summary>
public sealed record AppliedMigration(string Module, int Version, string Name);
