namespace Customs.BuildingBlocks.Data.Migrations;

/// <summary>What one run applied, and the version each module's schema is at afterwards (0: no script yet).</summary>
public sealed record MigrationResult(IReadOnlyList<AppliedMigration> Applied, IReadOnlyDictionary<string, int> Versions);
