namespace Customs.BuildingBlocks.Messaging.Outbox;

/// <summary>The broker did not take an outbox message in time; the message stays pending and is retried.</summary>
public sealed class OutboxPublishException(Guid messageId, string messageType, string message, Exception innerException)
    : Exception(message, innerException)
{
    public Guid MessageId { get; } = messageId;

    public string MessageType { get; } = messageType;
}
