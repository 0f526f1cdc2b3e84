namespace Customs.Declarations.Api.Domain;

/// <summary>The IP register's screening of one goods item, as it announced it; a suspended item names its suspension when known.</summary>
public sealed record ItemIpScreening(int ItemNumber, IpScreeningOutcome Outcome, Guid? RegisterEntryId, DateTimeOffset ScreenedAt, Guid? SuspensionId = null);
