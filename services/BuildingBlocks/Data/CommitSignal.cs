using System.Collections.Concurrent;
using System.Data;
using Npgsql;

namespace Customs.BuildingBlocks.Data;

/// <summary>
/// Wakes a background worker of this process when a connection that wrote work for it is closed, which is after its
/// transaction committed (or rolled back): the rows are visible by then, so one pass finds them. Work written by other
/// processes (another instance, a tool) is found by the worker's own polling. Each worker has a signal of its own (a
/// sealed subclass, registered as a singleton): the outbox's dispatcher, Examination's control decisions.
/// </summary>
public abstract class CommitSignal
{
    // One handler per connection object however many rows it writes; removed when it fires.
    private readonly ConcurrentDictionary<NpgsqlConnection, byte> _watched = new(ReferenceEqualityComparer.Instance);
    private TaskCompletionSource _next = NewSource();
    private int _pending;

    /// <summary>Wakes the worker once the connection is closed (returned to its pool).</summary>
    public void AfterClose(NpgsqlConnection connection)
    {
        if (_watched.TryAdd(connection, 0))
        {
            connection.StateChange += OnStateChange;
        }
    }

    /// <summary>Wakes the worker now. A pulse while nobody waits is kept for the next wait.</summary>
    public void Pulse()
    {
        Volatile.Write(ref _pending, 1);
        Interlocked.Exchange(ref _next, NewSource()).TrySetResult();
    }

    /// <summary>Returns when pulsed (or already pulsed since the last wait) or when <paramref name="timeout"/> has passed.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        // Taken before the flag is read: a pulse after the read completes this very task.
        var pulsed = Volatile.Read(ref _next).Task;
        if (Interlocked.Exchange(ref _pending, 0) == 1)
        {
            return;
        }

        // A plain delay raced against the pulse: no timer exception on an idle service, only a cancellation at stop.
        using var delay = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var timer = Task.Delay(timeout, delay.Token);
        await Task.WhenAny(pulsed, timer);
        await delay.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        Interlocked.Exchange(ref _pending, 0);
    }

    private void OnStateChange(object sender, StateChangeEventArgs e)
    {
        if (e.CurrentState != ConnectionState.Closed || sender is not NpgsqlConnection connection)
        {
            return;
        }

        connection.StateChange -= OnStateChange;
        _watched.TryRemove(connection, out _);
        Pulse();
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
