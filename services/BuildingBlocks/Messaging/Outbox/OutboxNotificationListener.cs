using Microsoft.Extensions.Logging;
using Npgsql;

namespace Customs.BuildingBlocks.Messaging.Outbox;

/// <summary>
/// Waits for the commit of an outbox write, in this process or any other, through PostgreSQL LISTEN/NOTIFY.
/// Unlike an in-process signal it cannot fire before the writer's commit (the row would not be visible yet) and it
/// also hears other processes. It only shortens the wait: if listening fails, the wait is plain polling.
/// </summary>
internal sealed class OutboxNotificationListener(NpgsqlDataSource dataSource, ILogger logger) : IAsyncDisposable
{
    private NpgsqlConnection? _connection;
    private Task? _notified;

    /// <summary>Returns when a commit is notified or <paramref name="timeout"/> has passed.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            _connection ??= await ListenAsync(cancellationToken);

            // Notifications that arrived while the dispatcher was busy are buffered and end the wait at once. The wait
            // has no timeout of its own: Npgsql ends a timed-out wait by throwing and catching inside, twice a second
            // for ever on an idle service. One wait stays pending across passes instead, raced against a plain delay.
            _notified ??= _connection.WaitAsync(cancellationToken);
            await Task.WhenAny(_notified, Task.Delay(timeout, cancellationToken));
            if (_notified.IsCompleted)
            {
                var notified = _notified;
                _notified = null;
                await notified;
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogDebug(ex, "Listening for outbox commits failed; polling until the next attempt");
            await DisposeAsync();
            await Task.Delay(timeout, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is null)
        {
            return;
        }

        var connection = _connection;
        var pending = _notified;
        _connection = null;
        _notified = null;
        try
        {
            // A wait still pending ends with the dispatcher's token (the service is stopping): the connection cannot
            // be closed while it waits.
            if (pending is not null)
            {
                await pending.ContinueWith(_ => { }, TaskScheduler.Default);
            }

            // The pool resets a connection only when it is reused; stop listening before it goes back.
            if (connection.State == System.Data.ConnectionState.Open)
            {
                await using var unlisten = new NpgsqlCommand("unlisten *", connection);
                await unlisten.ExecuteNonQueryAsync();
            }
        }
        catch (NpgsqlException)
        {
            // A broken connection is discarded by the pool anyway.
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }

    private async Task<NpgsqlConnection> ListenAsync(CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var listen = new NpgsqlCommand($"listen {OutboxWriter.NotificationChannel}", connection);
            await listen.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
