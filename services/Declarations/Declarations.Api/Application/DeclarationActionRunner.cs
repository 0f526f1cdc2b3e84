using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.Declarations.Api.Data;
using Customs.Declarations.Api.Domain;
using Customs.ServiceDefaults;
using Npgsql;

namespace Customs.Declarations.Api.Application;

/// <summary>
/// One action on one declaration: read it with its row locked, check the caller's expected version, change it, and write
/// it with its event — all in one transaction (the outbox commits with the change); the change, its event and the commit
/// go in one round trip. The lock makes a concurrent action or event wait for the commit, and then meet the new version.
/// A declaration the caller may not act on (<c>visibleTo</c>) is NotFound before its version is compared, so a stranger
/// learns neither that it exists nor its version.
/// </summary>
public sealed class DeclarationActionRunner(NpgsqlDataSource dataSource, DeclarationRepository repository, IOutbox outbox)
{
    /// <summary>How many times an action PostgreSQL aborted as a deadlock or serialization failure is tried in all.</summary>
    private const int Attempts = 3;

    /// <param name="change">Changes the declaration (it may write rows of its own) and returns the event the change makes.</param>
    public async Task<Declaration> RunAsync(
        Guid id, int expectedVersion, Func<Declaration, NpgsqlConnection, NpgsqlTransaction, Task<object>> change, CancellationToken ct,
        Func<Declaration, bool>? visibleTo = null)
    {
        // An action racing an event's consumer on the same declaration may be chosen by PostgreSQL as a deadlock's victim:
        // nothing of it was written, so it is tried again from the read (and then meets the version check as any action).
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunOnceAsync(id, expectedVersion, change, visibleTo, ct);
            }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure
                                                && attempt < Attempts)
            {
            }
        }
    }

    private async Task<Declaration> RunOnceAsync(
        Guid id, int expectedVersion, Func<Declaration, NpgsqlConnection, NpgsqlTransaction, Task<object>> change,
        Func<Declaration, bool>? visibleTo, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        // The row stays locked from this read to the commit: nobody can change the declaration between the two, so the
        // write and the commit go in one round trip.
        var declaration = await repository.GetAsync(connection, transaction, id, ct, forUpdate: true);
        if (declaration is null || visibleTo?.Invoke(declaration) == false)
        {
            throw NotFound(id);
        }

        if (declaration.Version != expectedVersion)
        {
            throw Conflict(id, expectedVersion, declaration.Version);
        }

        // The change returns its event, put in the outbox in the update's round trip, which commits.
        var happened = await change(declaration, connection, transaction);
        await repository.UpdateAndCommitAsync(connection, transaction, declaration, ct, [outbox.EnqueueCommand(connection, happened)]);
        return declaration;
    }

    public static NotFoundException NotFound(Guid id) => new(DeclarationErrors.DeclarationNotFound, $"Declaration {id} does not exist.");

    private static ConcurrencyConflictException Conflict(Guid id, int expected, int actual) => new(DeclarationErrors.VersionConflict,
        $"Declaration {id} is at version {actual}, not {expected}: another action changed it first. Read it again, then retry.");
}
