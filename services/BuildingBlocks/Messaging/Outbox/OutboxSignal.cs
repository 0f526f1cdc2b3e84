using Customs.BuildingBlocks.Data;

namespace Customs.BuildingBlocks.Messaging.Outbox;

/// <summary>
/// Wakes this process's <see cref="OutboxDispatcher"/> when a connection that wrote to the outbox is closed, after its
/// commit (<see cref="CommitSignal"/>). It replaces PostgreSQL's NOTIFY, which takes a database-wide lock at every
/// writer's commit and held it through the commit's flush, so event-writing transactions committed one at a time.
/// Writes of other processes are found by the dispatcher's polling (<see cref="OutboxOptions.PollInterval"/>).
/// </summary>
public sealed class OutboxSignal : CommitSignal;
