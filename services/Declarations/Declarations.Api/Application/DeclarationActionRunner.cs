using Customs.Declarations.Api.Data;
using Customs.Declarations.Api.Domain;
using Customs.ServiceDefaults;
using Npgsql;

namespace Customs.Declarations.Api.Application;

/// <summary>
/// One action on one declaration: read it, check the caller's expected version, change it and enqueue its events,
/// write it only if nobody else did meanwhile — all in one transaction (the outbox commits with the change).
/// A declaration the caller may not act on (<c>visibleTo</c>) is NotFound before its version is compared, so a stranger
/// learns neither that it exists nor its version.
/// </summary>
public sealed class DeclarationActionRunner(NpgsqlDataSource dataSource, DeclarationRepository repository)
{
    public async Task<Declaration> RunAsync(
        Guid id, int expectedVersion, Func<Declaration, NpgsqlConnection, NpgsqlTransaction, Task> change, CancellationToken ct,
        Func<Declaration, bool>? visibleTo = null)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var declaration = await repository.GetAsync(connection, transaction, id, ct);
        if (declaration is null || visibleTo?.Invoke(declaration) == false)
        {
            throw NotFound(id);
        }

        if (declaration.Version != expectedVersion)
        {
            throw Conflict(id, expectedVersion, declaration.Version);
        }

        await change(declaration, connection, transaction);
        if (!await repository.UpdateAsync(connection, transaction, declaration, ct))
        {
            // The row's version moved between our read and our write: the other action won.
            throw Conflict(id, expectedVersion, expectedVersion + 1);
        }

        await transaction.CommitAsync(ct);
        return declaration;
    }

    public static NotFoundException NotFound(Guid id) => new(DeclarationErrors.DeclarationNotFound, $"Declaration {id} does not exist.");

    private static ConcurrencyConflictException Conflict(Guid id, int expected, int actual) => new(DeclarationErrors.VersionConflict,
        $"Declaration {id} is at version {actual}, not {expected}: another action changed it first. Read it again, then retry.");
}
