namespace Customs.Declarations.Api.Domain;

/// <summary>A suspension of this declaration's release as the IP register announced it (Arts. 397-399).</summary>
public sealed record ReleaseSuspension(Guid SuspensionId, DateOnly? SuspendedOn, DateOnly? SuspendedUntil, DateOnly? LiftedOn, DateOnly? SeizedOn);
