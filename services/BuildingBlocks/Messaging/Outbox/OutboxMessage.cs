namespace Customs.BuildingBlocks.Messaging.Outbox;

/// <summary>A pending outbox row as the dispatcher reads it.</summary>
internal sealed record OutboxMessage(Guid Id, string MessageType, string Payload, Guid? CorrelationId, string? TraceParent);
