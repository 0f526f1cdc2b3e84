using Customs.BuildingBlocks.Clock;
using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.Declarations.Api.Data;
using Customs.Declarations.Api.Domain;
using Npgsql;

namespace Customs.Declarations.Api.Application;

/// <summary>
/// Releases a declaration's goods the moment the last condition of release holds (<see cref="ReleaseGate"/>), in the
/// transaction of the event that made it hold, so the release and its GoodsReleased commit with that event's inbox row:
/// an event redelivered after a restart finds the goods released and releases nothing twice.
/// </summary>
public sealed class AutomaticRelease(
    DeclarationRepository repository, ReleaseConditionStore conditions, IOutbox outbox, TimeProvider clock, ILogger<AutomaticRelease> logger)
{
    public const string Actor = "customs (automatic release)";

    public ReleaseConditionStore Conditions => conditions;

    /// <param name="known">The declaration's release conditions when the caller has just read them in this transaction.</param>
    /// <returns>True when the goods were released now.</returns>
    public async Task<bool> TryAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid declarationId, Guid? correlationId, CancellationToken ct, ReleaseInputs? known = null)
    {
        // Most events about a declaration arrive while another service's part is still missing: the one row of release
        // conditions says so, and the declaration (six tables) is not read.
        if (!ReleaseGate.MayReleaseAutomatically(known ?? await conditions.GetAsync(connection, transaction, declarationId, ct)))
        {
            return false;
        }

        var declaration = await repository.GetAsync(connection, transaction, declarationId, ct);
        var now = clock.GetStoredNow();
        if (declaration is null || !declaration.ReleaseAutomatically(Actor, now))
        {
            return false;
        }

        // The release and its GoodsReleased in one round trip.
        var released = outbox.EnqueueCommand(connection, DeclarationEvents.Released(declaration, now, Actor), correlationId: correlationId);
        if (!await repository.UpdateAsync(connection, transaction, declaration, ct, [released]))
        {
            throw new InvalidOperationException($"Declaration {declarationId} changed concurrently; retrying.");
        }

        logger.LogInformation("Declaration {RegistrationNumber} released automatically: every condition of release holds", declaration.RegistrationNumber);
        return true;
    }
}
