namespace Customs.Declarations.Api.Domain;

/// <summary>
/// A suspension of this declaration's release as the IP register announced it (Arts. 397-399). Under the Russian rules it
/// is first a hold pending the written decision of the head of the customs office or the deputy
/// (<see cref="PendingDecision"/> true), then suspended by that decision (<see cref="DecidedOn"/> and the rest);
/// <see cref="PendingDecision"/> is null while only a later event (extension, lift) has arrived.
/// </summary>
public sealed record ReleaseSuspension(
    Guid SuspensionId, DateOnly? SuspendedOn, DateOnly? SuspendedUntil, DateOnly? LiftedOn, DateOnly? SeizedOn,
    bool? PendingDecision = null, DateOnly? DecidedOn = null, string? DecisionReference = null, string? DecidedByRole = null);
