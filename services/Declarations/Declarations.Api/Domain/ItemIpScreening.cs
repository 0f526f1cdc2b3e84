namespace Customs.Declarations.Api.Domain;

/// <summary>The IP register's screening of one goods item, as it announced it.</summary>
public sealed record ItemIpScreening(int ItemNumber, IpScreeningOutcome Outcome, Guid? RegisterEntryId, DateTimeOffset ScreenedAt);
