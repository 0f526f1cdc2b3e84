namespace Customs.BuildingBlocks.Data.Migrations;

/// <summary>The schema cannot be brought up to date; the service must not start on it.</summary>
public sealed class MigrationException : Exception
{
    public MigrationException(string message)
        : base(message)
    {
    }

    public MigrationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
