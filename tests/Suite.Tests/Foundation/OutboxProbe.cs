namespace Customs.Suite.Tests.Foundation;

/// <summary>An event of the tests' own, published through a real outbox and RabbitMQ.</summary>
public sealed record OutboxProbe
{
    public required Guid ProbeId { get; init; }

    public required string Note { get; init; }
}
