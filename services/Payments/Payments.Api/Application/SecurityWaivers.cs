using Customs.BuildingBlocks.Clock;
using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.Payments.Api.Data;
using Customs.Payments.Api.Domain;
using Customs.Payments.Api.Domain.Securities;
using Customs.Payments.Contracts;
using Customs.ServiceDefaults;
using Npgsql;

namespace Customs.Payments.Api.Application;

/// <summary>
/// Art. 337(2): the officer's written decision that no security is required ("good reasons to believe that the commitments
/// ... shall be fulfilled"), booked once per reference with its event and the declaration's release standing.
/// </summary>
public sealed class SecurityWaivers(NpgsqlDataSource db, SecurityWaiverStore store, IOutbox outbox, TimeProvider clock)
{
    public async Task<(SecurityWaiver Waiver, bool Created)> WaiveAsync(SecurityWaiver waiver, CancellationToken ct)
    {
        Securities.EnsureNotLaterThanTodayAt(clock, waiver.OfficeCode, waiver.DecidedOn, "decided_on");
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (!await store.TryInsertAsync(connection, transaction, waiver, clock.GetStoredNow(), ct))
        {
            // Booked before, or by a concurrent call (the insert waited for its commit): answered as the repeat it is.
            var booked = (await store.ByReferenceAsync(connection, transaction, waiver.Reference, ct))!;
            return booked.SameContent(waiver)
                ? (booked, false)
                : throw new AlreadyExistsException(PaymentErrors.WaiverReferenceReused, "This waiver_reference is booked already with other content.");
        }

        await outbox.EnqueueAsync(connection, transaction, new SecurityWaived
        {
            WaiverId = waiver.Id, WaiverReference = waiver.Reference, DeclarationId = waiver.DeclarationId, OperationReference = waiver.OperationReference,
            OfficeCode = waiver.OfficeCode, Reason = waiver.Reason, DecidedOn = waiver.DecidedOn,
        }, cancellationToken: ct);
        await transaction.CommitAsync(ct);
        return (waiver, true);
    }

    public Task<IReadOnlyList<SecurityWaiver>> ListAsync(string declarationId, CancellationToken ct) => store.ListAsync(declarationId, ct);
}
