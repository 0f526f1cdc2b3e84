namespace Customs.Suite.Tests.Foundation;

/// <summary>An event of the tests' own, published through a real outbox and RabbitMQ.</summary>
public sealed record OutboxProbe
{
    /// <summary>A note that makes the handler wait for the advisory lock <see cref="GateLock"/> first.</summary>
    public const string Gate = "gate";

    /// <summary>A note that makes the handler fail.</summary>
    public const string Poison = "poison";

    public const long GateLock = 7_160_016;

    public required Guid ProbeId { get; init; }

    public required string Note { get; init; }
}

/// <summary>An event no consumer takes: what the outbox test publishes by the hundred reaches no queue.</summary>
public sealed record OutboxBacklogProbe
{
    public required int Number { get; init; }
}
